/** The page's calls to the playground server (see ../protocol.ts). */
import type { CallReply, EditReply, EditRequest, EventsReply, SheetSlice, WorkbookInfo } from '../protocol';

async function json<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new Error(`Máy chủ sân thử trả lời không hợp lệ (HTTP ${res.status}).`);
  }
  if (!res.ok) throw new Error((body as { error?: string })?.error ?? `HTTP ${res.status}`);
  return body as T;
}

async function getJson<T>(url: string): Promise<T> {
  return json<T>(await fetch(url, { cache: 'no-store' }));
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  return json<T>(
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  );
}

export const api = {
  workbook: () => getJson<WorkbookInfo>('/api/workbook'),
  sheet: (name: string, offset: number, limit: number) =>
    getJson<SheetSlice>(`/api/sheet?name=${encodeURIComponent(name)}&offset=${offset}&limit=${limit}`),
  events: (after: number) => getJson<EventsReply>(`/api/events?after=${after}`),
  menu: (fn: string) => postJson<CallReply>('/api/menu', { fn }),
  reset: (empty = false) => postJson<CallReply>('/api/reset', { empty }),
  edit: (req: EditRequest) => postJson<EditReply>('/api/edit', req),
  spreadsheet: (id: string) => postJson<CallReply>('/api/spreadsheet', { id }),
};
