/**
 * `newRequestId`: one v4 UUID per submission attempt, from `crypto.randomUUID`, else `getRandomValues`, else
 * Math.random.
 */
import { newRequestId } from '../../src/client/shared/submit';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function withCrypto(value: unknown, fn: () => void): void {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value, configurable: true, writable: true });
  try {
    fn();
  } finally {
    if (saved) Object.defineProperty(globalThis, 'crypto', saved);
  }
}

const many = () => Array.from({ length: 500 }, () => newRequestId());

test('uses crypto.randomUUID when the page has it', () => {
  const ids = many();
  for (const id of ids) expect(id).toMatch(V4);
  expect(new Set(ids).size).toBe(ids.length);
  withCrypto({ randomUUID: () => 'from-randomUUID' }, () => expect(newRequestId()).toBe('from-randomUUID'));
});

test('falls back to getRandomValues (older browsers, non-secure origins)', () => {
  const real = globalThis.crypto;
  let used = 0;
  withCrypto(
    {
      getRandomValues: (b: Uint8Array<ArrayBuffer>) => {
        used++;
        return real.getRandomValues(b);
      },
    },
    () => {
      const ids = many();
      for (const id of ids) expect(id).toMatch(V4);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );
  expect(used).toBe(500);
});

test('falls back to Math.random without crypto', () => {
  withCrypto(undefined, () => {
    const ids = many();
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
