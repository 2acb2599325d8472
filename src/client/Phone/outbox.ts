/**
 * The phone page's outbox (SPEC §7.1): every save is first kept in localStorage with its request id, then sent;
 * it leaves the outbox when the server answers. A save sent without a connection, or whose answer was lost, stays
 * and is sent again — automatically when the browser is back online, every 30 s while something waits, and with
 * "Gửi lại" — always with the same request id, so the server completes it once and never twice (the saves are
 * idempotent per request id: docs/ARCHITECTURE.md "The path of one save"). A save the server refuses keeps its
 * messages and waits to be corrected ("Sửa") or dropped ("Bỏ"); it is not sent again as it is.
 */
import type { FieldError } from '../../domain/inputs';

/** The phone page's save functions (src/domain/api.ts). */
export type PhoneSaveName = 'apiPhoneSavePatrol' | 'apiPhoneSaveActivity' | 'apiPhoneSaveRecord';
/** Which form a save belongs to (where "Sửa" brings it back). */
export type FormKind = 'patrol' | 'correction' | 'event' | 'session';

export interface Queued {
  requestId: string;
  kind: FormKind;
  fn: PhoneSaveName;
  /** The input as checked by the form, without the request id. */
  input: Record<string, unknown>;
  /** What it is, for the list: "tuần tra ngày 20/06/2023". */
  label: string;
  /** When it was saved on the phone (ISO instant). */
  at: string;
  /** Send with `confirm: true` (the user chose "Vẫn lưu" after a duplicate warning). */
  confirm?: boolean;
  /** The server's refusal: its messages (field errors, or the warnings of a likely duplicate). */
  errors?: FieldError[];
  needsConfirm?: boolean;
  /** The last failure to reach the server (no connection…), shown beside the item. */
  lastError?: string;
}

/** The server's answer to one send, or a failure to get one. */
export type SendResult =
  | { ok: true; data: { id: string } }
  | { ok: false; errors: FieldError[]; needsConfirm?: true; warnings?: FieldError[] };

export class Outbox {
  private items: Queued[];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly key: string,
    private readonly store: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  ) {
    this.items = this.load();
  }

  private load(): Queued[] {
    try {
      const raw = JSON.parse(this.store.getItem(this.key) ?? '[]') as unknown;
      return Array.isArray(raw) ? (raw as Queued[]).filter((q) => q && typeof q.requestId === 'string') : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    this.store.setItem(this.key, JSON.stringify(this.items));
  }

  list(): readonly Queued[] {
    return this.items;
  }

  /** Waiting to be sent (not refused). */
  waiting(): Queued[] {
    return this.items.filter((q) => !q.errors);
  }

  add(item: Queued): void {
    this.items.push(item);
    this.save();
  }

  get(requestId: string): Queued | undefined {
    return this.items.find((q) => q.requestId === requestId);
  }

  remove(requestId: string): void {
    this.items = this.items.filter((q) => q.requestId !== requestId);
    this.save();
  }

  update(requestId: string, patch: Partial<Queued>): void {
    this.items = this.items.map((q) => (q.requestId === requestId ? { ...q, ...patch } : q));
    this.save();
  }

  /**
   * Sends every waiting save in order, each with its own request id; stops at the first that gets no answer (the
   * connection is down: the rest would fail too). One flush at a time: a second call waits for the running one.
   */
  flush(
    send: (q: Queued) => Promise<SendResult>,
    events: { sent(q: Queued, id: string): void; refused(q: Queued): void },
  ): Promise<void> {
    if (this.flushing) return this.flushing;
    const run = async () => {
      for (const q of this.waiting()) {
        let reply: SendResult;
        try {
          reply = await send(q);
        } catch (e) {
          this.update(q.requestId, { lastError: (e as Error)?.message ?? String(e) });
          return;
        }
        if (reply?.ok) {
          this.remove(q.requestId);
          events.sent(q, reply.data.id);
        } else {
          const warnings = reply?.needsConfirm ? (reply.warnings ?? []) : [];
          this.update(q.requestId, {
            errors: warnings.length ? warnings : (reply?.errors ?? []),
            needsConfirm: warnings.length > 0,
            lastError: undefined,
          });
          events.refused(this.get(q.requestId) ?? q);
        }
      }
    };
    this.flushing = run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }
}
