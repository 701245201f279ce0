/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true } }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Tests assert outcomes, never time: a slow or busy machine (2 cores shared) must not fail a test that reads a
  // workbook or runs the CLI. Speed is measured by `npm run bench`.
  testTimeout: 60_000,
  // Before the end-to-end tests: dist-pane/ built when stale, a Chromium found (or installed, or one line saying what to install).
  globalSetup: '<rootDir>/tests/globalSetup.ts',
};
