/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Prints, on the terminal, that the browser tests will be skipped when Chromium is missing.
  globalSetup: '<rootDir>/__tests__/browser-notice.js',
  testTimeout: 120000,
};
