/**
 * The phone page's outbox (src/client/Phone/outbox.ts, SPEC §7.1): kept in storage with the request ids, sent in
 * order, a failure to reach the server stops the run and keeps the rest, a refusal keeps its messages and is not
 * sent again, a second flush during a flush sends nothing twice.
 */
import { Outbox, type Queued, type SendResult } from '../../src/client/Phone/outbox';

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const item = (n: number): Queued => ({
  requestId: `req-${n}`,
  kind: 'patrol',
  fn: 'apiPhoneSavePatrol',
  input: { result: `r${n}` },
  label: `tuần tra ${n}`,
  at: '2023-06-20T12:00:00.000Z',
});

const noEvents = { sent: () => undefined, refused: () => undefined };

describe('Outbox', () => {
  it('keeps what waits in storage, with the request ids, across page loads', () => {
    const store = memoryStore();
    const a = new Outbox('k', store);
    a.add(item(1));
    a.add(item(2));
    const b = new Outbox('k', store);
    expect(b.list().map((q) => q.requestId)).toEqual(['req-1', 'req-2']);
    expect(new Outbox('other', store).list()).toEqual([]);
  });

  it('reads broken storage as empty', () => {
    const store = memoryStore();
    store.setItem('k', '{not json');
    expect(new Outbox('k', store).list()).toEqual([]);
    store.setItem('k', JSON.stringify([{ nope: 1 }, item(3)]));
    expect(new Outbox('k', store).list().map((q) => q.requestId)).toEqual(['req-3']);
  });

  it('sends in order with each request id; stops at the first failure and keeps it and the rest', async () => {
    const box = new Outbox('k', memoryStore());
    for (const n of [1, 2, 3]) box.add(item(n));
    const sent: string[] = [];
    const send = async (q: Queued): Promise<SendResult> => {
      sent.push(q.requestId);
      if (q.requestId === 'req-2') throw new Error('Mất kết nối');
      return { ok: true, data: { id: `TT-${q.requestId}` } };
    };
    const done: string[] = [];
    await box.flush(send, { sent: (_q, id) => done.push(id), refused: () => undefined });
    expect(sent).toEqual(['req-1', 'req-2']);
    expect(done).toEqual(['TT-req-1']);
    expect(box.list().map((q) => [q.requestId, q.lastError ?? null])).toEqual([
      ['req-2', 'Mất kết nối'],
      ['req-3', null],
    ]);
    // Sent again: the same request ids.
    sent.length = 0;
    await box.flush(async (q) => ({ ok: true, data: { id: q.requestId } }), noEvents);
    expect(box.list()).toEqual([]);
  });

  it('keeps a refusal with its messages (or a duplicate warning) and does not send it again', async () => {
    const box = new Outbox('k', memoryStore());
    box.add(item(1));
    box.add(item(2));
    const refused: Queued[] = [];
    await box.flush(
      async (q): Promise<SendResult> =>
        q.requestId === 'req-1'
          ? { ok: false, errors: [{ field: 'teamId', message: 'Tổ khác' }] }
          : { ok: false, errors: [], needsConfirm: true, warnings: [{ field: '', message: 'Có thể trùng' }] },
      { sent: () => undefined, refused: (q) => refused.push(q) },
    );
    expect(refused.map((q) => [q.requestId, q.errors, q.needsConfirm])).toEqual([
      ['req-1', [{ field: 'teamId', message: 'Tổ khác' }], false],
      ['req-2', [{ field: '', message: 'Có thể trùng' }], true],
    ]);
    expect(box.waiting()).toEqual([]);
    let calls = 0;
    await box.flush(async () => {
      calls++;
      return { ok: true, data: { id: 'x' } };
    }, noEvents);
    expect(calls).toBe(0);
    expect(box.list()).toHaveLength(2);
  });

  it('a flush asked for while one runs joins it: nothing is sent twice', async () => {
    const box = new Outbox('k', memoryStore());
    box.add(item(1));
    const sent: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const send = async (q: Queued): Promise<SendResult> => {
      sent.push(q.requestId);
      await gate;
      return { ok: true, data: { id: 'TT-1' } };
    };
    const first = box.flush(send, noEvents);
    const second = box.flush(send, noEvents);
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(['req-1']);
    expect(box.list()).toEqual([]);
  });
});
