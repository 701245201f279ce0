// Lint: TypeScript-aware recommended rules, plus the core's purity (no Office, React, DOM or Node in src/core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', '.render/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'office-addin-*', 'exceljs', '../io/*', '../../io/*', '../cli/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'Word', 'process', 'require'],
    },
  },
  {
    // Plain Node scripts (CommonJS): the CLI launcher, the bench, the icon and render scripts, configs.
    files: ['bin/**/*.js', 'bench/**/*.js', 'scripts/**/*.js', '*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', structuredClone: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
