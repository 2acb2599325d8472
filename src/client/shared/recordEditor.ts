/**
 * One existing record opened for correction in the same form used to add it (`RecordFields`
 * of its type): saved with `apiSaveRecord({ sheet, id, record })` sending only the fields
 * changed; optionally deleted, after a confirmation that names what goes with it (a patrol's
 * reminders, a household's residents and commitments), with `apiDeleteRecord`. Used by the
 * "Tra cứu, sửa, xoá" sidebar and by the entry sidebars' "Sửa bản ghi vừa lưu".
 */
import type { FieldValue, NormalRecord } from '../../domain/fields';
import { t } from '../../domain/i18n';
import { recordInput } from '../../domain/inputs';
import type { RecordType } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import { referencesTo, SHOWN_IDS, shortIds } from '../../domain/references';
import { type RecordKey, sheetDef } from '../../domain/sheets';
import type { RecordDeleted } from '../../domain/wire';
import type { BootData } from './bootstrap';
import { h } from './dom';
import { FormErrors } from './field';
import { RecordFields } from './recordFields';
import { call } from './run';
import { type Draft, newRequestId, onSave, type SaveInput } from './submit';
import { toast } from './toast';
import { check, inputContext } from './validate';

export type Row = { id: string } & Record<string, FieldValue>;
type RecordDraft = Draft<SaveInput<'apiSaveRecord'>>;

/** A column of another record type that names records of a type: what a delete of one of them meets. */
export interface DeleteLink {
  sheet: RecordKey;
  field: string;
  /** Its header (named in the refusal). */
  column: string;
  /** Declared `deletedWith` in the registry: its rows go with the record (else they refuse the delete). */
  cascade: boolean;
}

/**
 * What a delete of a record of `key` meets, from the registry's `ref`/`refs` columns, as the server's
 * `apiDeleteRecord` reads them: the rows declared `deletedWith` go with it (a patrol's reminders; a household's
 * residents and commitments, sent with `cascade: true` once the user has confirmed); every other reference
 * refuses it (a member named by a patrol, a team named by households, members or patrols…).
 */
export function deleteLinks(key: string): DeleteLink[] {
  return referencesTo(key).map(({ type, col, cascade }) => ({
    sheet: type.key as RecordKey,
    field: col.field,
    column: col.header,
    cascade: cascade !== null,
  }));
}

/**
 * Labels of the entry sidebars where they name a field otherwise than the sheet's header: the edit form of a
 * record reads as the form it was entered in ("Tổ", not the column's "Mã tổ").
 */
const ENTRY_LABELS: Partial<Record<string, Record<string, string>>> = {
  patrols: {
    date: t('patrol.date'),
    start: t('patrol.start'),
    end: t('patrol.end'),
    teamId: t('patrol.team'),
    area: t('patrol.area'),
    memberIds: t('patrol.members'),
    participants: t('patrol.participants'),
    withPolice: t('patrol.withPolice'),
    result: t('patrol.result'),
  },
};

/** The stored record `id` of a type (one `apiListRecords` call), or null when there is none. */
export async function fetchRecord(sheet: RecordKey, id: string): Promise<Row | null> {
  const r = await call('apiListRecords', { sheet, where: { id } });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
  const row = r.data.rows[0];
  return row ? { ...row, id: String(row.id) } : null;
}

/** Values compared as the sheet holds them: blank is blank, a list is its ids in any order. */
function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const norm = (v: FieldValue | undefined) =>
    v === null || v === undefined ? '' : Array.isArray(v) ? [...v].sort().join(',') : String(v);
  return norm(a) === norm(b);
}

export interface EditorOptions {
  /** Offer "Xoá". */
  deletable?: boolean;
  /** After a save: the record as it is now. */
  onSaved?(row: Row): void;
  onDeleted?(data: RecordDeleted): void;
  /** "Đóng" (and after a delete). */
  onClose?(): void;
}

interface TypeForm {
  section: HTMLElement;
  heading: HTMLElement;
  fields: RecordFields;
  errors: FormErrors;
  save: HTMLButtonElement;
  confirm: HTMLElement;
}

export class RecordEditor {
  readonly el: HTMLElement;
  private readonly forms = new Map<string, TypeForm>();
  private readonly schema;
  private type: RecordType | null = null;
  private original: Row | null = null;

  constructor(
    private readonly d: BootData,
    private readonly o: EditorOptions = {},
  ) {
    this.schema = recordInput(inputContext(d));
    this.el = h('section', { class: 'record-editor', 'data-role': 'editor' });
    this.el.hidden = true;
  }

  get id(): string | null {
    return this.original?.id ?? null;
  }

  /** Opens `record` of `type` in its form. */
  open(type: RecordType, record: Row): void {
    this.type = type;
    this.original = { ...record };
    const f = this.formOf(type);
    for (const other of this.forms.values()) other.section.hidden = other !== f;
    f.heading.textContent = t('lookup.editing', { id: record.id, sheet: type.name });
    f.errors.clear();
    f.confirm.hidden = true;
    f.fields.set(record);
    this.el.hidden = false;
    f.section.scrollIntoView?.({ block: 'start' });
    f.section.querySelector<HTMLElement>('input:not([type=checkbox]), select, textarea')?.focus();
  }

  close(): void {
    this.el.hidden = true;
    this.original = null;
    this.o.onClose?.();
  }

  /** The fields whose value differs from the record as opened. */
  private changed(fields: RecordFields): Record<string, FieldValue> {
    const now = fields.values();
    const out: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(now)) if (!same(v, this.original?.[k])) out[k] = v;
    return out;
  }

  private formOf(type: RecordType): TypeForm {
    const have = this.forms.get(type.key);
    if (have) return have;
    const key = type.key as RecordKey;
    const def = sheetDef(key);
    // Filled by the server (who recorded, when): shown nowhere, never sent.
    const skip = def.columns.filter((c) => c.auto).map((c) => c.field);
    const labels = ENTRY_LABELS[key];
    const fields = new RecordFields(def, this.d, { prefix: 'record.', skip, inactive: true, labels });
    const save = h('button', { type: 'submit', class: 'primary' }, t('lookup.save'));
    const remove = h('button', { type: 'button', class: 'danger', 'data-role': 'delete' }, t('lookup.delete'));
    const close = h('button', { type: 'button', 'data-role': 'close' }, t('lookup.close'));
    remove.hidden = !this.o.deletable;
    const confirm = h('div', { class: 'delete-confirm warning', role: 'alert', 'data-role': 'delete-confirm' });
    confirm.hidden = true;
    const form = h(
      'form',
      { novalidate: true, id: `edit-${key}`, 'aria-label': def.name },
      ...fields.elements,
      confirm,
      h('div', { class: 'actions' }, save, remove, close),
    );
    const errors = new FormErrors(form);
    const heading = h('h2', {});
    const section = h('section', { 'data-sheet': key }, heading, form);
    this.el.append(section);
    const f: TypeForm = { section, heading, fields, errors, save, confirm };
    this.forms.set(key, f);

    onSave({
      form,
      button: save,
      errors,
      fn: 'apiSaveRecord',
      collect: () => ({ sheet: key, id: this.original?.id ?? '', record: this.changed(fields) }) as RecordDraft,
      validate: (input) => {
        if (Object.keys(input.record ?? {}).length === 0) return [{ field: '', message: t('lookup.noChange') }];
        return check(this.schema, input);
      },
      done: (data, input) => {
        const row: Row = { ...(this.original as Row), ...input.record, id: data.id };
        this.original = row;
        toast(t('lookup.saved', { id: data.id }), 'ok', save);
        this.o.onSaved?.(row);
      },
    });
    close.addEventListener('click', () => this.close());
    remove.addEventListener('click', () => void this.askDelete(f, remove));
    return f;
  }

  /**
   * Names what goes with the record, then deletes on "Xoá hẳn"; or, when other records still name it, names them
   * and offers no delete (the server would refuse it). Read with one `apiListRecords` per column that names records
   * of the type (in parallel); the server checks again when the delete is sent.
   */
  private async askDelete(f: TypeForm, remove: HTMLButtonElement): Promise<void> {
    const type = this.type;
    const record = this.original;
    if (!type || !record) return;
    remove.disabled = true;
    f.errors.clear();
    try {
      const links = deleteLinks(type.key);
      const found = await Promise.all(
        links.map(async (link) => {
          const where = { [link.field]: record.id };
          const r = await call('apiListRecords', { sheet: link.sheet, where, limit: SHOWN_IDS + 1 });
          if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
          // A record naming itself (none today) does not count.
          const ids = r.data.rows.map((x) => String(x.id)).filter((id) => id !== record.id);
          const total = r.data.total - (r.data.rows.length - ids.length);
          return { link, ids, total };
        }),
      );
      const line = (x: (typeof found)[number]) => ({
        n: x.total,
        sheet: sheetDef(x.link.sheet).name,
        column: x.link.column,
        ids: shortIds(x.ids, x.total),
      });
      const goes = found.filter((x) => x.total > 0 && x.link.cascade);
      const blocks = found.filter((x) => x.total > 0 && !x.link.cascade);
      const no = h('button', { type: 'button', 'data-role': 'cancel-delete' }, t('lookup.deleteNo'));
      no.addEventListener('click', () => {
        f.confirm.hidden = true;
        remove.focus();
      });
      if (blocks.length) {
        f.confirm.replaceChildren(
          h('p', {}, t('lookup.deleteBlocked', { id: record.id, sheet: type.name })),
          h(
            'ul',
            { 'aria-label': t('lookup.deleteBlockedBy'), 'data-role': 'delete-blockers' },
            ...blocks.map((x) => h('li', {}, t('lookup.deleteBlockedRows', line(x)))),
          ),
          h('p', { class: 'hint' }, t('lookup.deleteBlockedHint')),
          h('div', { class: 'inline' }, no),
        );
        f.confirm.hidden = false;
        no.focus();
        f.confirm.scrollIntoView?.({ block: 'center' });
        return;
      }
      const yes = h(
        'button',
        { type: 'button', class: 'danger', 'data-role': 'confirm-delete' },
        t('lookup.deleteYes'),
      );
      f.confirm.replaceChildren(
        h('p', {}, t('lookup.deleteAsk', { id: record.id, sheet: type.name })),
        goes.length
          ? h(
              'ul',
              { 'aria-label': t('lookup.deleteWith') },
              ...goes.map((x) => h('li', {}, t('lookup.deleteWithRows', line(x)))),
            )
          : h('p', { class: 'hint' }, t('lookup.deleteAlone')),
        h('div', { class: 'inline' }, yes, no),
      );
      f.confirm.hidden = false;
      no.focus();
      f.confirm.scrollIntoView?.({ block: 'center' });
      const requestId = newRequestId();
      yes.addEventListener('click', async () => {
        yes.disabled = true;
        no.disabled = true;
        try {
          const r = await call('apiDeleteRecord', {
            requestId,
            sheet: type.key as RecordKey,
            id: record.id,
            ...(goes.length ? { cascade: true } : {}),
          });
          if (!r.ok) {
            // Refused (named since the prompt was shown…): the server's words, in view; nothing deleted.
            f.confirm.hidden = true;
            f.errors.showMessage(r.errors.map((e) => e.message).join(' '));
            return;
          }
          f.confirm.hidden = true;
          this.o.onDeleted?.(r.data);
          this.close();
        } catch (err) {
          f.confirm.hidden = true;
          f.errors.showMessage(t('lookup.deleteFailed', { message: (err as Error).message }));
        } finally {
          yes.disabled = false;
          no.disabled = false;
        }
      });
    } catch (err) {
      f.errors.showMessage(t('registry.loadFailed', { message: (err as Error).message }));
    } finally {
      remove.disabled = false;
    }
  }
}

/** The record type of a key. */
export function typeOf(key: string): RecordType {
  const type = RECORD_TYPES.find((r) => r.key === key);
  if (!type) throw new Error(t('input.sheet', { values: RECORD_TYPES.map((r) => r.key).join(', ') }));
  return type;
}

/** A record as a line of the results: its day, its name or its first values. */
export function summaryOf(type: RecordType, r: NormalRecord, dayText: (iso: string) => string): string {
  const parts: string[] = [];
  const day = type.day ? r[type.day] : null;
  if (typeof day === 'string' && day) parts.push(dayText(day));
  if (type.label && r[type.label]) parts.push(String(r[type.label]));
  for (const col of type.list) {
    if (parts.length >= 4) break;
    if (col.field === 'id' || col.field === type.day || col.field === type.label || col.auto) continue;
    if (!['text', 'enum', 'ref', 'time', 'int', 'year', 'date'].includes(col.type)) continue;
    const v = r[col.field];
    if (v === null || v === undefined || v === '') continue;
    parts.push(col.type === 'date' ? dayText(String(v)) : String(v));
  }
  return parts.join(' · ');
}
