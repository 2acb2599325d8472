import { createContext } from '../../local/emulator/context';
import { createCacheService } from '../../local/emulator/cache';

function setup() {
  let now = new Date('2023-06-20T03:00:00Z').getTime();
  const ctx = createContext({ userEmail: 'a@example.com', now: () => new Date(now) });
  const advance = (seconds: number) => {
    now += seconds * 1000;
  };
  return { ctx, advance, ...createCacheService(ctx) };
}

describe('CacheService', () => {
  test('put/get with the default 600 s expiry on the emulator clock', () => {
    const { CacheService, advance } = setup();
    const c = CacheService.getScriptCache();
    expect(c.get('k')).toBeNull();
    c.put('k', 'v');
    advance(599);
    expect(c.get('k')).toBe('v');
    advance(1);
    expect(c.get('k')).toBeNull();
  });

  test('explicit ttl, max 21600 s, invalid ttl throws', () => {
    const { CacheService, advance } = setup();
    const c = CacheService.getDocumentCache()!;
    c.put('long', 'v', 21600);
    c.put('short', 'v', 5);
    advance(6);
    expect(c.get('short')).toBeNull();
    expect(c.get('long')).toBe('v');
    advance(21600);
    expect(c.get('long')).toBeNull();
    expect(() => c.put('x', 'v', 21601)).toThrow('Invalid argument: expirationInSeconds');
    expect(() => c.put('x', 'v', 0)).toThrow('Invalid argument: expirationInSeconds');
  });

  test('getAll/putAll/remove/removeAll; values are stringified', () => {
    const { CacheService } = setup();
    const c = CacheService.getUserCache();
    c.putAll({ a: '1', b: 2 as unknown as string, c: '3' }, 60);
    expect(c.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    c.remove('a');
    expect(c.get('a')).toBeNull();
    c.removeAll(['b', 'c']);
    expect(c.getAll(['a', 'b', 'c'])).toEqual({});
  });

  test('100 KB value and 250-char key limits throw', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('ok', 'x'.repeat(100 * 1024));
    expect(() => c.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(c.get('big')).toBeNull();
  });

  test('caches are separate; user caches follow ctx.user', () => {
    const { CacheService, ctx, caches } = setup();
    CacheService.getScriptCache().put('k', 'script');
    CacheService.getDocumentCache()!.put('k', 'doc');
    CacheService.getUserCache().put('k', 'a');
    ctx.user.email = 'b@example.com';
    expect(CacheService.getUserCache().get('k')).toBeNull();
    expect(CacheService.getScriptCache().get('k')).toBe('script');
    expect(CacheService.getDocumentCache()!.get('k')).toBe('doc');
    expect(caches.user('a@example.com').entries.get('k')?.value).toBe('a');
  });

  test('calls are counted under CacheService', () => {
    const { CacheService, ctx } = setup();
    const c = CacheService.getScriptCache();
    c.put('a', 'b');
    c.get('a');
    expect(ctx.counter.count({ service: 'CacheService' })).toBe(3);
    expect(ctx.counter.count({ service: 'CacheService', kind: 'write' })).toBe(1);
  });
});
