// Lint: TypeScript-aware recommended rules, plus the core's purity (no Office, React, DOM or Node in src/core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

// eslint-plugin-office-addins' recommended config also brings Prettier and its own parser settings, which this
// project does not use: take only its office-addins/* rules, at the severities it recommends.
// load-object-before-read is a warning here: it also flags correct code that loads through a navigation property
// (`sheet.protection.load('protected')`, then `sheet.protection.protected`), and even `const p = sheet.protection`.
const officeAddinsRules = {
  ...Object.fromEntries(
    officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')),
  ),
  'office-addins/load-object-before-read': 'warn',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-pane/**', 'node_modules/**', '.bench/**', '.render/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js usage in the pane and the hosts: load before read, sync after load, no sync in loops, Office.onReady…
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
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
