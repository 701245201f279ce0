/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true } }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Before the end-to-end tests: dist-pane/ built when stale, a Chromium found (or installed, or one line saying what to install).
  globalSetup: '<rootDir>/tests/globalSetup.ts',
};
