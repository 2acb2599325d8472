/**
 * Browser tests (test/browser) are retried twice: in some full runs a playground page stopped answering clicks for
 * 30–60 s (not reproduced alone; see README, npm run test:browser). A test that fails three times still fails.
 * Not reproduced since, in 11 full runs with `PLAYGROUND_TRACE` (test/support/browserTrace.ts): when one fails again,
 * run with it and compare the failing test's stalls and requests with a passing run's.
 */
if (/[\\/]test[\\/]browser[\\/]/.test(expect.getState().testPath ?? '')) {
  jest.retryTimes(2, { logErrorsBeforeRetry: true });
}
