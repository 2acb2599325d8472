/** The playground page: menu bar, sheet tabs, the selected sheet, sidebars/dialogs and notices. */
import type { EditRequest, EventsReply, UiEvent, WorkbookInfo } from '../protocol';
import { api } from './api';
import { byId } from './dom';
import { renderMenus } from './menu';
import { Notices } from './notices';
import { Panels } from './panel';
import { SheetTable } from './table';
import { renderTabs } from './tabs';

const PAGE_ROWS = 500;

let info: WorkbookInfo | null = null;
let selected = decodeURIComponent(location.hash.replace(/^#/, ''));
let seq = 0;
let menusShown = '';
/** The active sheet at the last look: when a script changes it, the view follows (as in Sheets). */
let activeSeen: string | null = null;

const notices = new Notices(byId('toasts'), byId('messages'), byId('status'));
const panels = new Panels(byId('sidebar'), byId('dialogs'), () => void serial(() => refreshAfterRun()));
const table = new SheetTable(
  { scroll: byId('grid-scroll'), table: byId<HTMLTableElement>('grid'), footer: byId('grid-footer') },
  {
    more: () => void serial(() => loadMore()),
    select: (ref, text) => showCell(ref, text),
    edit: (req) => edit(req),
  },
);

/** One server round at a time, in order (a refresh never overtakes a menu call). */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T | undefined> {
  const next = queue.then(work).catch((e: unknown): undefined => {
    notices.error('Sân thử gặp lỗi', (e as Error)?.message ?? String(e));
  });
  queue = next;
  return next;
}

function showCell(ref: string, text: string): void {
  byId('cellref').textContent = ref;
  byId('celltext').textContent = text;
}

/** The spreadsheet's name; with several spreadsheets (the commune playground) a list to open another. */
let titleShown = '';
function showTitle(wb: WorkbookInfo): void {
  const title = byId('doc-title');
  // Re-drawn only when it changed, so a refresh never closes the list the user opened.
  const key = JSON.stringify([wb.name, wb.id, wb.spreadsheets]);
  if (key === titleShown) return;
  titleShown = key;
  if (!wb.spreadsheets) {
    title.textContent = wb.name;
    return;
  }
  const select = document.createElement('select');
  select.id = 'spreadsheet-select';
  select.title = 'Mở bảng tính khác trong sân thử (với tư cách chủ của nó)';
  for (const s of wb.spreadsheets) {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = s.name;
    option.selected = s.id === wb.id;
    select.append(option);
  }
  select.addEventListener('change', () => void serial(() => openSpreadsheet(select.value)));
  title.replaceChildren(select);
}

async function openSpreadsheet(id: string): Promise<void> {
  const reply = await api.spreadsheet(id);
  if (!reply.ok && reply.error) notices.error('Không mở được bảng tính', reply.error);
  activeSeen = null;
  selected = '';
  await loadWorkbook();
  await showSheet(selected);
}

async function loadWorkbook(): Promise<void> {
  info = await api.workbook();
  document.title = `${info.name} — Sân thử ANTT tự quản`;
  showTitle(info);
  const file = info.stateFile.length > 48 ? `…${info.stateFile.slice(-47)}` : info.stateFile;
  byId('state-file').textContent = `Lưu tại ${file}`;
  byId('state-file').title = `Bảng tính được lưu tại ${info.stateFile} sau mỗi lần chạy`;
  // Re-drawn only when onOpen's menus changed, so a refresh never closes a menu the user opened.
  const menus = JSON.stringify(info.menus);
  if (menus !== menusShown)
    renderMenus(byId('menubar'), info.menus, (fn, caption) => void serial(() => runMenu(fn, caption)));
  menusShown = menus;
  if (activeSeen === null ? !selected : info.active !== activeSeen) selected = info.active;
  activeSeen = info.active;
  if (!info.sheets.some((s) => s.name === selected))
    selected = (info.sheets.find((s) => !s.hidden) ?? info.sheets[0])?.name ?? '';
  renderTabs(byId('tabs'), info.sheets, selected, (name) => void serial(() => selectSheet(name)));
}

/** Draws `name`; on a refresh of the same sheet, as many rows as were shown before. */
async function showSheet(name: string): Promise<void> {
  if (!name) {
    byId('grid').replaceChildren();
    byId('grid-footer').textContent = 'Bảng tính chưa có trang nào.';
    return;
  }
  const want = table.sheet === name ? Math.max(PAGE_ROWS, table.loaded) : PAGE_ROWS;
  const first = await api.sheet(name, 0, PAGE_ROWS);
  table.show(first);
  while (table.loaded < want && table.loaded < first.lastRow)
    table.append(await api.sheet(name, table.loaded, PAGE_ROWS));
}

async function selectSheet(name: string): Promise<void> {
  selected = name;
  history.replaceState(null, '', `#${encodeURIComponent(name)}`);
  showCell('', '');
  if (info) renderTabs(byId('tabs'), info.sheets, selected, (n) => void serial(() => selectSheet(n)));
  await showSheet(name);
}

async function loadMore(): Promise<void> {
  if (table.sheet) table.append(await api.sheet(table.sheet, table.loaded, PAGE_ROWS));
}

function handle(events: UiEvent[]): void {
  for (const ev of events) {
    if (ev.seq <= seq) continue;
    seq = ev.seq;
    if (ev.type === 'toast') notices.toast(ev);
    else if (ev.type === 'alert') notices.alert(ev);
    else if (ev.type === 'page') panels.open(ev);
    else if (ev.type === 'error') notices.error(`Lỗi khi chạy ${ev.fn}`, ev.message);
    else if (ev.type === 'doc') notices.document(ev);
  }
}

async function afterCall(reply: EventsReply): Promise<void> {
  handle(reply.events);
  await loadWorkbook();
  await showSheet(selected);
}

async function runMenu(fn: string, caption: string): Promise<void> {
  await notices.busy(`Đang chạy: ${caption}…`, async () => {
    const reply = await api.menu(fn);
    if (!reply.ok && !reply.events.some((e) => e.type === 'error'))
      notices.error(`Không chạy được ${caption}`, reply.error ?? '');
    await afterCall(reply);
  });
}

/** Edits waiting for the server (the page marks itself `data-saving` meanwhile). */
let pendingEdits = 0;

/** An edit typed in the grid: sent in order with the other calls; the view redraws from the answer. */
function edit(req: EditRequest): void {
  pendingEdits++;
  document.body.dataset.saving = 'true';
  void serial(async () => {
    try {
      let reply = await api.edit(req);
      // A warning-only protection (the header rows): Sheets asks before the edit goes through.
      if (!reply.ok && reply.confirm && confirm(reply.confirm)) reply = await api.edit({ ...req, confirm: true });
      if (!reply.ok && reply.error) notices.error('Không sửa được', reply.error);
      await afterCall(reply);
    } finally {
      if (--pendingEdits === 0) delete document.body.dataset.saving;
    }
  });
}

async function refreshAfterRun(): Promise<void> {
  await afterCall(await api.events(seq));
}

async function reset(empty: boolean): Promise<void> {
  const question = empty
    ? 'Bỏ mọi thay đổi và bắt đầu với một bảng tính trống (như bảng tính mới tạo, chưa thiết lập)?'
    : 'Bỏ mọi thay đổi và nạp lại bảng tính mẫu thôn Pác Khuông?';
  if (!confirm(question)) return;
  await notices.busy(empty ? 'Đang tạo bảng tính trống…' : 'Đang nạp lại dữ liệu mẫu…', async () => {
    const reply = await api.reset(empty);
    panels.closeAll();
    byId('messages').replaceChildren();
    seq = reply.seq;
    await afterCall(reply);
  });
}

byId('reset').addEventListener('click', () => void serial(() => reset(false)));
byId('reset-empty').addEventListener('click', () => void serial(() => reset(true)));

void serial(async () => {
  await loadWorkbook();
  // Only an onOpen failure is worth showing from before the page was opened.
  handle((await api.events(0)).events.filter((e) => e.type === 'error' && e.fn === 'onOpen'));
  seq = Math.max(seq, info?.seq ?? 0);
  await showSheet(selected);
  document.body.dataset.ready = 'true';
});
