import { createContext } from '../../local/emulator/context';
import { createPropertiesService, QUOTA_MESSAGE } from '../../local/emulator/properties';

function setup() {
  const ctx = createContext({ userEmail: 'a@example.com' });
  return { ctx, ...createPropertiesService(ctx) };
}

describe('PropertiesService', () => {
  test('get/set/delete, values stringified, null when absent', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    expect(p.getProperty('x')).toBeNull();
    p.setProperty('n', 5 as unknown as string)
      .setProperty('b', true as unknown as string)
      .setProperty('s', 'chuỗi');
    expect(p.getProperty('n')).toBe('5');
    expect(p.getProperty('b')).toBe('true');
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ n: '5', b: 'true', s: 'chuỗi' });
    expect(p.getKeys().sort()).toEqual(['b', 'n', 's']);
    p.deleteProperty('n');
    expect(p.getProperty('n')).toBeNull();
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  test('setProperties merges, or replaces with deleteAllOthers', () => {
    const { PropertiesService, stores } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: 3 as unknown as string });
    expect(p.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
    expect(stores.script.toObject()).toEqual({ d: '4' });
    // a returned object is a copy
    const copy = p.getProperties();
    copy.d = 'changed';
    expect(p.getProperty('d')).toBe('4');
  });

  test('stores are separate; user properties follow ctx.user', () => {
    const { PropertiesService, ctx, stores } = setup();
    PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    PropertiesService.getUserProperties().setProperty('k', 'user a');
    ctx.user.email = 'b@example.com';
    expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    PropertiesService.getUserProperties().setProperty('k', 'user b');
    expect(stores.user('a@example.com').data.get('k')).toBe('user a');
    expect(stores.user('b@example.com').data.get('k')).toBe('user b');
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
  });

  test('9 KB per value and 500 KB per store limits throw and write nothing', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    p.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    // UTF-8 bytes count: 3 bytes per character here
    expect(() => p.setProperty('vn', 'ệ'.repeat(3100))).toThrow('Argument too large: value');
    expect(p.getProperty('big')).toBeNull();
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
    expect(() => p.setProperties(many)).toThrow(QUOTA_MESSAGE);
    expect(p.getKeys()).toEqual(['ok']);
  });

  test('calls are counted under PropertiesService', () => {
    const { PropertiesService, ctx } = setup();
    PropertiesService.getDocumentProperties().getProperty('x');
    expect(ctx.counter.byMethod('PropertiesService')).toEqual({
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
  });
});
