// Lint: TypeScript-aware recommended rules, plus the core's purity (no Office, React, DOM or Node in src/core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', '.bench/**', 'coverage/**'] },
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
    files: ['bin/**/*.js', '*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
