/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker's heap grew past 2 GB over a full run (test files load the bundle into many vm contexts); near V8's
  // limit every test in it crawled (the playground browser test timed out in 3 of 5 cold runs). A worker above
  // 1 GB after a test file is replaced by a fresh one. This holds for test:unit only: test:browser runs in band, in
  // jest's own process, where no worker is replaced (its heap grew to 0.7–0.8 GB over the 13 browser files, in 10
  // traced runs; V8's limit here is 4.3 GB).
  workerIdleMemoryLimit: '1GB',
  setupFilesAfterEnv: ['<rootDir>/test/support/browserRetry.ts', '<rootDir>/test/support/browserTrace.ts'],
};
