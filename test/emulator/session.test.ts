import { createContext } from '../../local/emulator/context';
import { createSession } from '../../local/emulator/session';

function setup() {
  const ctx = createContext({ userEmail: 'thuky@example.com', now: () => new Date('2023-06-14T17:00:00Z') });
  return { ctx, ...createSession(ctx) };
}

describe('Session', () => {
  test('users, zone, locale, temporary key', () => {
    const { Session, ctx } = setup();
    expect(Session.getActiveUser().getEmail()).toBe('thuky@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('thuky@example.com');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toMatch(/^[A-Za-z0-9+/]{20,}$/);
    expect(Session.getTemporaryActiveUserKey()).toBe(key);
    ctx.user.email = 'truongthon@example.com';
    expect(Session.getActiveUser().getEmail()).toBe('truongthon@example.com');
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  test('calls are counted under Session', () => {
    const { Session, ctx } = setup();
    Session.getActiveUser().getEmail();
    expect(ctx.counter.byMethod('Session')).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });
});

describe('Logger', () => {
  test('log, format placeholders, getLog, clear', () => {
    const { Logger, logs } = setup();
    Logger.log('plain');
    Logger.log('%s có %s hộ', 'Thôn', 42);
    Logger.log({ a: 1 });
    expect(logs.map((l) => l.message)).toEqual(['plain', 'Thôn có 42 hộ', '{"a":1}']);
    expect(Logger.getLog()).toBe(
      '[23-06-15 00:00:00:000 ICT] plain\n' +
        '[23-06-15 00:00:00:000 ICT] Thôn có 42 hộ\n' +
        '[23-06-15 00:00:00:000 ICT] {"a":1}\n',
    );
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});
