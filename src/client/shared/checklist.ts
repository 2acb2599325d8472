/**
 * A checklist with search: items optionally grouped (by team) with "chọn cả tổ", a
 * "chọn tất cả" for what the search shows, a count, and items marked done (e.g. a
 * household that already signed) that cannot be picked again. Keyboard: Tab to the
 * search, type, Enter toggles the first item shown; checkboxes are native.
 * With `find` (too many items to send with the page: 10,000 households), the list holds what the server found for
 * what is typed (asked 300 ms after the last key, "Đang tìm…", "Không tìm thấy") and what was picked; with
 * `find.group`, every group is shown from the start and its "chọn cả tổ" asks the server for the group's items
 * ("Đang tải…"), adds them and ticks those not done ("Đã chọn n hộ của …"); with `find.all`, "chọn tất cả" with
 * nothing typed does so for every item ("Đã chọn n hộ.").
 * `restrict` keeps out items that cannot be picked (e.g. members not active on the record's day: hidden, unticked,
 * not found); `focusGroup` lists one group's items (and those ticked) until something is typed.
 */
import { h } from './dom';
import { uid } from './field';
import { t } from '../../domain/i18n';

export interface ChecklistItem {
  id: string;
  label: string;
  /** Shown muted after the label (e.g. the id or the address). */
  detail?: string;
  group?: string;
}

export interface ChecklistOptions {
  /** API path (`memberIds`), used as `data-field` of the group for error display. */
  path: string;
  legend: string;
  items: ChecklistItem[];
  /** Group ids in display order with their labels; items of other groups go last. */
  groups?: { id: string; label: string }[];
  /** Limits the list's height (scrolls inside); none lets the page scroll. */
  maxHeight?: number;
  required?: boolean;
  onChange?: () => void;
  /** The items are found on the server as the user types (`items` then holds the picked ones, if any). */
  find?: ChecklistFind;
}

export interface ChecklistFind {
  /** Items in all (shown before anything is typed). */
  total: number;
  search: (query: string) => Promise<{ items: ChecklistItem[]; total: number }>;
  /** Called once found items are in the list (e.g. to mark those already done). */
  onFound?: () => void;
  /** A group's items in all ("chọn cả tổ"; rejects with the server's message). */
  group?: (id: string) => Promise<ChecklistItem[]>;
  /** Every item ("chọn tất cả" with nothing typed; rejects with the server's message). */
  all?: () => Promise<ChecklistItem[]>;
}

/** Milliseconds after the last key before the server is asked. */
export const FIND_DELAY = 300;

/** Lower case, without Vietnamese diacritics: "Đỗ Thị Ánh" → "do thi anh". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

interface Row {
  item: ChecklistItem;
  box: HTMLInputElement;
  el: HTMLElement;
  /** Folded search text, made on the first search. */
  key?: string;
  badge: HTMLElement;
  /** Kept out by `restrict`: hidden, unticked, never picked. */
  out: boolean;
}

interface Group {
  id: string;
  el: HTMLElement;
  rows: Row[];
  toggle: HTMLButtonElement;
}

export class Checklist {
  readonly el: HTMLFieldSetElement;
  private readonly rows = new Map<string, Row>();
  private readonly groups: Group[] = [];
  private readonly search: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly all: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private readonly list: HTMLElement;
  private readonly known: Map<string, string>;
  private done = new Set<string>();
  /** The search under way (`find`): a later one makes the earlier answer stale. */
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** `find`: the ids of the last answer, in its order (Enter toggles the first of them). */
  private found: string[] = [];
  /** `find.group`: groups whose items were all fetched (and none of them taken out of the list since). */
  private readonly loaded = new Set<string>();
  /** `find.all`: every item was fetched (and none taken out of the list since). */
  private loadedAll = false;
  /** `restrict`: which items may be picked (null: all). */
  private allow: ((id: string) => boolean) | null = null;
  /** `focusGroup`: the group listed while nothing is typed (null: every group). */
  private focus: string | null = null;
  private readonly notice: HTMLElement;

  constructor(private readonly o: ChecklistOptions) {
    this.search = h('input', {
      type: 'search',
      class: 'search',
      placeholder: t('checklist.search'),
      'aria-label': `${t('checklist.search')} (${o.legend})`,
      title: o.find ? t('checklist.findHint') : t('checklist.searchHint'),
      autocomplete: 'off',
    });
    this.all = h('button', { type: 'button', class: 'link select-all' }, t('checklist.selectAll'));
    this.count = h('span', { class: 'count muted', 'aria-live': 'polite' });
    this.empty = h('p', { class: 'muted no-match', role: 'status' }, t('checklist.noMatch'));
    this.empty.hidden = true;
    this.notice = h('p', { class: 'hint checklist-note', role: 'status' });
    this.notice.hidden = true;
    const list = h('div', { class: 'items' });
    this.list = list;
    if (o.maxHeight) {
      list.style.maxHeight = `${o.maxHeight}px`;
      list.classList.add('scroll');
    }
    const known = new Map((o.groups ?? []).map((g) => [g.id, g.label]));
    this.known = known;
    const order = [...(o.groups ?? []).map((g) => g.id)];
    for (const it of o.items)
      if (it.group !== undefined && !known.has(it.group) && !order.includes(it.group)) order.push(it.group);
    const grouped = o.groups !== undefined;
    const buckets = new Map<string, ChecklistItem[]>(order.map((g) => [g, []]));
    const loose: ChecklistItem[] = [];
    for (const it of o.items) (grouped && it.group !== undefined ? buckets.get(it.group)! : loose).push(it);
    if (grouped) {
      for (const id of order) {
        const items = buckets.get(id)!;
        if (items.length === 0 && !(o.find?.group && known.has(id))) continue;
        list.append(this.group(id, id ? (known.get(id) ?? id) : t('checklist.noTeam'), items));
      }
      if (loose.length) list.append(this.group('', t('checklist.noTeam'), loose));
    } else {
      for (const it of loose) list.append(this.row(it).el);
    }
    const errId = uid(`err-${o.path}`);
    this.el = h(
      'fieldset',
      { class: 'checklist', 'data-field': o.path, tabindex: '-1', 'aria-describedby': errId },
      h('legend', {}, o.legend, o.required ? h('span', { class: 'req', title: t('form.required') }, ' *') : null),
      h('p', { class: 'error', id: errId, 'data-error-for': o.path }),
      h('div', { class: 'toolbar' }, this.search, this.all, this.count),
      this.notice,
      list,
      this.empty,
    );
    if (o.find) {
      this.empty.hidden = false;
      this.empty.textContent = t('checklist.findFirst', { n: o.find.total });
    }
    this.search.addEventListener('input', () => (o.find ? this.schedule() : this.filter()));
    this.search.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      const candidates = this.o.find
        ? this.found.map((id) => this.rows.get(id)).filter((r): r is Row => r !== undefined)
        : [...this.rows.values()];
      const first = candidates.find((r) => !r.el.hidden && this.can(r));
      if (first) {
        first.box.checked = !first.box.checked;
        this.changed();
        this.search.select();
      }
    });
    this.all.addEventListener('click', () => {
      if (this.everyone() && !this.allFull()) {
        void this.pickAll();
        return;
      }
      const shown = this.pickable().filter((r) => !r.el.hidden);
      const on = shown.some((r) => !r.box.checked);
      for (const r of shown) r.box.checked = on;
      this.changed();
    });
    list.addEventListener('change', () => this.changed());
    this.refresh();
  }

  private row(item: ChecklistItem): Row {
    const box = h('input', { type: 'checkbox', value: item.id });
    const badge = h('span', { class: 'badge' });
    badge.hidden = true;
    const el = h(
      'label',
      { class: 'item' },
      box,
      h(
        'span',
        { class: 'text' },
        h('span', { class: 'label' }, item.label),
        item.detail ? h('span', { class: 'muted detail' }, item.detail) : null,
      ),
      badge,
    );
    const row: Row = { item, box, el, badge, out: this.allow !== null && !this.allow(item.id) };
    el.hidden = row.out;
    this.rows.set(item.id, row);
    return row;
  }

  private group(id: string, label: string, items: ChecklistItem[]): HTMLElement {
    const rows = items.map((it) => this.row(it));
    const toggle = h(
      'button',
      { type: 'button', class: 'link group-toggle', 'aria-label': `${t('checklist.selectGroup')}: ${label}` },
      t('checklist.selectGroup'),
    );
    const el = h(
      'div',
      { class: 'group', 'data-group': id },
      h(
        'div',
        { class: 'group-head' },
        h('span', { class: 'group-label' }, label),
        h('span', { class: 'muted group-count' }),
        toggle,
      ),
      ...rows.map((r) => r.el),
    );
    const g: Group = { id, el, rows, toggle };
    toggle.addEventListener('click', () => {
      const pick = g.rows.filter((r) => this.can(r));
      const on = pick.some((r) => !r.box.checked);
      if (this.o.find?.group && !this.full(g)) {
        void this.pickGroup(g, label);
        return;
      }
      for (const r of pick) r.box.checked = on;
      this.changed();
    });
    this.groups.push(g);
    return el;
  }

  /** `find.group`: fetches a group's items, adds them and ticks those not done. A failure ticks nothing. */
  private async pickGroup(g: Group, label: string): Promise<void> {
    g.toggle.disabled = true;
    g.toggle.textContent = t('checklist.loading');
    const n = await this.load(() => this.o.find!.group!(g.id), g.id);
    if (n === undefined) return;
    this.loaded.add(g.id);
    this.status(n ? t('checklist.groupPicked', { n, team: label }) : t('checklist.groupNone', { team: label }));
    this.changed();
  }

  /** `find.all`, nothing typed: fetches every item, adds them and ticks those not done. A failure ticks nothing. */
  private async pickAll(): Promise<void> {
    this.all.disabled = true;
    this.all.textContent = t('checklist.loading');
    const n = await this.load(() => this.o.find!.all!());
    this.all.disabled = false;
    if (n === undefined) return;
    this.loadedAll = true;
    for (const g of this.groups) this.loaded.add(g.id);
    this.status(n ? t('checklist.allPicked', { n }) : t('checklist.allNone'));
    this.changed();
  }

  /**
   * Asks for items ("Đang tải…"), adds them (into `group` when given), lets the page mark those done and ticks the
   * others; how many were ticked, or undefined when the call failed (its message shown, nothing ticked).
   */
  private async load(ask: () => Promise<ChecklistItem[]>, group?: string): Promise<number | undefined> {
    this.el.setAttribute('aria-busy', 'true');
    this.status(t('checklist.loading'));
    let items: ChecklistItem[];
    try {
      items = await ask();
    } catch (e) {
      this.el.removeAttribute('aria-busy');
      this.status(t('checklist.loadFailed', { message: e instanceof Error ? e.message : String(e) }));
      this.refresh();
      return undefined;
    }
    const rows = items.map((it) => this.add(group === undefined ? it : { ...it, group }));
    for (const g of this.groups) g.el.hidden = this.hideEmpty(g);
    this.o.find!.onFound?.();
    const pick = rows.filter((r) => this.can(r));
    for (const r of pick) r.box.checked = true;
    this.el.removeAttribute('aria-busy');
    return pick.length;
  }

  /** "Chọn tất cả" fetches every item: `find.all` and nothing typed. */
  private everyone(): boolean {
    return this.o.find?.all !== undefined && this.search.value.trim() === '';
  }

  /** Every item was fetched and each that can be picked is ticked. */
  private allFull(): boolean {
    const pick = this.pickable();
    return this.loadedAll && pick.length > 0 && pick.every((r) => r.box.checked);
  }

  /** Every item of the group that can be picked is ticked (with `find.group`: and all of them are listed). */
  private full(g: Group): boolean {
    const pick = g.rows.filter((r) => this.can(r));
    return pick.length > 0 && pick.every((r) => r.box.checked) && (!this.o.find?.group || this.loaded.has(g.id));
  }

  /** Whether an empty group is hidden (with `find.group` every group stays: its "chọn cả tổ" fetches it). */
  private hideEmpty(g: Group): boolean {
    return g.rows.every((r) => r.out) && !this.o.find?.group;
  }

  /** Adds an item at the end of its group (made when missing); an item already listed is left as it is. */
  private add(item: ChecklistItem): Row {
    const had = this.rows.get(item.id);
    if (had) return had;
    if (this.o.groups === undefined || item.group === undefined) {
      const row = this.row(item);
      this.list.append(row.el);
      return row;
    }
    let g = this.groups.find((x) => x.id === item.group);
    if (!g) {
      const id = item.group;
      this.list.append(this.group(id, id ? (this.known.get(id) ?? id) : t('checklist.noTeam'), []));
      g = this.groups[this.groups.length - 1];
    }
    const row = this.row(item);
    g.rows.push(row);
    g.el.append(row.el);
    return row;
  }

  /** Takes an item out of the list. */
  private drop(r: Row): void {
    this.rows.delete(r.item.id);
    r.el.remove();
    for (const g of this.groups) {
      const i = g.rows.indexOf(r);
      if (i >= 0) {
        g.rows.splice(i, 1);
        this.loaded.delete(g.id);
        this.loadedAll = false;
      }
      g.el.hidden = this.hideEmpty(g);
    }
  }

  /** `find`: asks the server `FIND_DELAY` ms after the last key. */
  private schedule(): void {
    clearTimeout(this.timer);
    const q = this.search.value.trim();
    const ask = ++this.asked;
    if (q === '') {
      this.show([], 0, q);
      return;
    }
    this.status(t('checklist.finding'));
    this.el.setAttribute('aria-busy', 'true');
    this.timer = setTimeout(() => {
      this.o.find!.search(q).then(
        (r) => {
          if (ask === this.asked) this.show(r.items, r.total, q);
        },
        (e: unknown) => {
          if (ask !== this.asked) return;
          this.el.removeAttribute('aria-busy');
          this.status(t('checklist.findFailed', { message: e instanceof Error ? e.message : String(e) }));
        },
      );
    }, FIND_DELAY);
  }

  private status(text: string): void {
    this.empty.textContent = text;
    this.empty.hidden = text === '';
  }

  /** `find`: the list becomes what was picked and what was found (in the server's order). */
  private show(items: ChecklistItem[], total: number, q: string): void {
    this.el.removeAttribute('aria-busy');
    const keep = new Set(items.map((x) => x.id));
    // Picked items stay; those found before, and those done (not picked by the user), go.
    for (const r of [...this.rows.values()])
      if ((!r.box.checked || r.box.disabled) && !keep.has(r.item.id)) this.drop(r);
    for (const it of items) this.add(it);
    this.found = items.map((x) => x.id);
    for (const g of this.groups) g.el.hidden = this.hideEmpty(g);
    this.o.find!.onFound?.();
    this.status(
      q === ''
        ? t('checklist.findFirst', { n: this.o.find!.total })
        : total === 0
          ? t('checklist.notFound')
          : total > items.length
            ? t('checklist.findMore', { shown: items.length, total })
            : '',
    );
    this.refresh();
  }

  /** Can be ticked: neither done nor kept out. */
  private can(r: Row): boolean {
    return !r.box.disabled && !r.out;
  }

  private pickable(): Row[] {
    return [...this.rows.values()].filter((r) => this.can(r));
  }

  private filter(): void {
    const q = fold(this.search.value.trim());
    let shown = 0;
    for (const r of this.rows.values()) {
      if (q !== '') r.key ??= fold(`${r.item.label} ${r.item.id} ${r.item.detail ?? ''}`);
      const elsewhere = this.focus !== null && (r.item.group ?? '') !== this.focus && !r.box.checked;
      r.el.hidden = r.out || (q === '' ? elsewhere : !r.key!.includes(q));
      if (!r.el.hidden) shown++;
    }
    for (const g of this.groups) g.el.hidden = g.rows.every((r) => r.el.hidden);
    this.empty.hidden = shown > 0 || (q === '' && this.focus !== null);
    this.refresh();
  }

  /** Shows the list as it stands (`find`: what was found and picked; else the search's filter). */
  private relist(): void {
    if (!this.o.find) {
      this.filter();
      return;
    }
    for (const r of this.rows.values()) r.el.hidden = r.out;
    for (const g of this.groups) g.el.hidden = this.hideEmpty(g);
    this.refresh();
  }

  /**
   * Keeps out the items `allow` refuses (null: none): hidden, not found, never ticked; those ticked are unticked
   * and returned. Items added later are checked too.
   */
  restrict(allow: ((id: string) => boolean) | null): ChecklistItem[] {
    this.allow = allow;
    const dropped: ChecklistItem[] = [];
    for (const r of this.rows.values()) {
      r.out = allow !== null && !allow(r.item.id);
      if (r.out && r.box.checked && !r.box.disabled) {
        r.box.checked = false;
        dropped.push(r.item);
      }
    }
    this.relist();
    if (dropped.length) this.changed();
    return dropped;
  }

  /**
   * Lists only the items of group `id` (and those ticked) while nothing is typed; a search finds in every group,
   * and "chọn tất cả" picks what is listed. Null lists every group again.
   */
  focusGroup(id: string | null): void {
    this.focus = id;
    this.relist();
  }

  /** A short line under the search box ('' hides it), e.g. who was unticked and why. */
  note(text: string): void {
    this.notice.textContent = text;
    this.notice.hidden = text === '';
  }

  private changed(): void {
    this.refresh();
    this.o.onChange?.();
    this.el.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private refresh(): void {
    const n = this.selected().length;
    this.count.textContent = t('checklist.selectedCount', { n });
    const shown = this.pickable().filter((r) => !r.el.hidden);
    const none = this.everyone() ? this.allFull() : shown.length > 0 && shown.every((r) => r.box.checked);
    this.all.textContent = none ? t('checklist.selectNone') : t('checklist.selectAll');
    for (const g of this.groups) {
      const pick = g.rows.filter((r) => this.can(r));
      const on = pick.filter((r) => r.box.checked).length;
      const label = g.el.querySelector('.group-label')!.textContent ?? '';
      const full = this.full(g);
      g.toggle.textContent = full ? t('checklist.unselectGroup') : t('checklist.selectGroup');
      g.toggle.setAttribute(
        'aria-label',
        `${full ? t('checklist.unselectGroup') : t('checklist.selectGroup')}: ${label}`,
      );
      g.toggle.disabled = pick.length === 0 && !this.o.find?.group;
      const count = g.el.querySelector<HTMLElement>('.group-count')!;
      count.textContent = `${on}/${pick.length}`;
      count.title = t('checklist.groupCount', { on, n: pick.length });
    }
  }

  /** Ids checked (done items are not counted). */
  selected(): string[] {
    return [...this.rows.values()].filter((r) => r.box.checked && this.can(r)).map((r) => r.item.id);
  }

  /**
   * Checks exactly these ids (done ones are ignored; unknown ones too, except with `find`, where they are added:
   * a record's households stay whether or not they were found).
   */
  set(ids: readonly string[]): void {
    const want = new Set(ids);
    if (this.o.find) {
      for (const r of [...this.rows.values()]) if (!want.has(r.item.id) && !r.box.disabled) this.drop(r);
      for (const id of ids) if (!this.rows.has(id)) this.add({ id, label: id });
      this.found = this.found.filter((id) => this.rows.has(id));
    }
    for (const r of this.rows.values()) if (!r.box.disabled) r.box.checked = want.has(r.item.id) && !r.out;
    if (this.focus !== null) this.relist();
    else this.refresh();
  }

  /**
   * Marks items as done (checked, disabled, with `badge`); `partial` gives other items a
   * badge only (e.g. "đã ký 2/4"). Items no longer done become pickable and unchecked.
   */
  setDone(done: ReadonlySet<string>, badge: string, partial: ReadonlyMap<string, string> = new Map()): void {
    this.done = new Set(done);
    for (const r of this.rows.values()) {
      const isDone = done.has(r.item.id);
      const wasDone = r.box.disabled;
      r.box.disabled = isDone;
      if (isDone) r.box.checked = true;
      else if (wasDone) r.box.checked = false;
      const text = isDone ? badge : (partial.get(r.item.id) ?? '');
      r.badge.textContent = text;
      r.badge.hidden = text === '';
      r.el.classList.toggle('done', isDone);
      r.el.classList.toggle('partial', !isDone && text !== '');
    }
    this.refresh();
  }

  /** Items marked done. */
  doneCount(): number {
    return this.done.size;
  }

  /** Scrolls the list (not the page) so that a group's heading is at its top. */
  showGroup(id: string): void {
    const g = this.groups.find((x) => x.id === id);
    const list = this.el.querySelector<HTMLElement>('.items')!;
    if (g && list.classList.contains('scroll')) list.scrollTop = g.el.offsetTop;
  }

  /** Clears the search box and shows every item (with `find`: the picked ones). */
  clearSearch(): void {
    this.search.value = '';
    if (this.o.find) {
      clearTimeout(this.timer);
      this.asked++;
      this.show([], 0, '');
    } else this.filter();
  }

  get size(): number {
    return this.rows.size;
  }
}
