/**
 * The fields of one record sheet, made from its registry columns (src/domain/sheets.ts):
 * the control follows the column type (a day `dd/mm/yyyy` and a 24-hour time `HH:mm` typed
 * in text boxes whatever the browser's locale, number, checkbox, dropdown from
 * `Danh mục`, a pick list for a reference, a checklist for a list of ids, a text box with the
 * entries of its list as chips for a text column declaring one), the label is the
 * header, and values come back in the API's normalised form (days `YYYY-MM-DD`, numbers,
 * booleans, id arrays, null for a blank date or number).
 */
import type { ColumnDef, SheetDef } from '../../domain/sheets';
import { allowedValues, type FieldValue, type NormalRecord } from '../../domain/fields';
import { h } from './dom';
import { type BootData, householdFind, householdItems, memberItems, teamGroups, teamLabel } from './bootstrap';
import { Checklist } from './checklist';
import { listChips } from './listChips';
import { field, numberOf, select, text } from './field';
import { dayInput, setTyped, timeInput, typedValue, vnDay } from './dateInput';
import { parseTime, parseVietnameseDay } from '../../domain/clock';
import { t } from '../../domain/i18n';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface RecordFieldsOptions {
  /** Prefix of the API paths (`record.` when the fields sit under `record`). */
  prefix?: string;
  /** Fields not shown (the id, the request id, who recorded…). */
  skip?: readonly string[];
  /** Required date fields start at today. */
  today?: string;
  /** Labels or hints in place of the registry's. */
  labels?: Record<string, string>;
  hints?: Record<string, string>;
  /** Household pickers that search the server also find households that moved away (the registry, the lookup). */
  inactive?: boolean;
}

const SHORT = new Set(['date', 'time', 'int', 'year', 'number']);

/** A record of the bootstrap data. */
export type BootRecord = { id: string } & NormalRecord;

/** The records of a type that the page has from the bootstrap data (teams, active members and households). */
export function bootRecords(d: BootData, refKey: string | undefined): BootRecord[] | null {
  switch (refKey) {
    case 'teams':
      return d.teams;
    case 'members':
      return d.members;
    case 'households':
      // Not inlined beyond `HOUSEHOLDS_INLINE_MAX`: picked by search, or typed as an id.
      return d.householdSearch ? null : d.households;
    default:
      return null;
  }
}

/** A record as a choice: "Tên (Mã)", or the id alone when its type has no label field. */
export function choiceLabel(refKey: string | undefined, r: NormalRecord): string {
  if (refKey === 'teams') return teamLabel({ id: String(r.id), name: String(r.name ?? '') });
  const label = RECORD_TYPES.find((type) => type.key === refKey)?.label;
  const text = label ? String(r[label] ?? '') : '';
  return text && text !== r.id ? `${text} (${r.id})` : String(r.id);
}

/** Options of a reference column: the records of the sheet it points to, when the page has them. */
function refOptions(col: ColumnDef, d: BootData): [string, string][] | null {
  return bootRecords(d, col.refKey)?.map((r) => [String(r.id), choiceLabel(col.refKey, r)]) ?? null;
}

/** `YYYY-MM-DD HH:mm` → `dd/mm/yyyy HH:mm`. */
function datetimeText(v: string): string {
  const [day, time] = v.split(/[ T]/);
  return [vnDay(day) || day, time].filter(Boolean).join(' ');
}

/** `dd/mm/yyyy HH:mm` as typed → `YYYY-MM-DD HH:mm` (null when blank, the text when unreadable). */
function datetimeValue(s: string): string | null {
  const v = s.trim();
  if (v === '') return null;
  const [day, time] = v.split(/\s+/);
  const iso = parseVietnameseDay(day ?? '');
  const hm = time ? parseTime(time) : '00:00';
  return iso && hm ? `${iso} ${hm}` : v;
}

export class RecordFields {
  readonly elements: HTMLElement[] = [];
  readonly controls = new Map<string, Control>();
  readonly checklists = new Map<string, Checklist>();
  private readonly columns: ColumnDef[];

  constructor(
    readonly def: SheetDef,
    private readonly d: BootData,
    private readonly o: RecordFieldsOptions = {},
  ) {
    const skip = new Set(['id', 'requestId', ...(o.skip ?? [])]);
    this.columns = def.columns.filter((c) => !skip.has(c.field));
    for (const col of this.columns) this.elements.push(this.build(col));
  }

  private path(col: ColumnDef): string {
    return `${this.o.prefix ?? ''}${col.field}`;
  }

  private build(col: ColumnDef): HTMLElement {
    const label = this.o.labels?.[col.field] ?? col.header;
    const hint = this.o.hints?.[col.field];
    if (col.type === 'refs') {
      const households = col.refKey !== 'members';
      const items = households ? householdItems(this.d) : memberItems(this.d);
      const list = new Checklist({
        find: households ? householdFind(this.d, { inactive: this.o.inactive }) : undefined,
        path: this.path(col),
        legend: label,
        items,
        groups: teamGroups(this.d),
        maxHeight: 260,
        required: !!(col.required || col.inputRequired),
      });
      this.checklists.set(col.field, list);
      return list.el;
    }
    const control = this.control(col);
    this.controls.set(col.field, control);
    const cls = col.type === 'bool' ? '' : SHORT.has(col.type) ? 'half' : '';
    // Marked `*` as the entry forms mark it: required in the sheet, or on input only (a patrol's times).
    const required = !!(col.required || col.inputRequired);
    const el = field({ path: this.path(col), label, control, required, hint, class: cls });
    // A text column that holds entries of a list: the entries as chips under the box.
    if (col.type === 'text' && col.list && control instanceof HTMLInputElement)
      control.after(listChips(control, this.d.lists.values[col.list] ?? [], col.list));
    return el;
  }

  private control(col: ColumnDef): Control {
    const max = col.max ? { maxlength: col.max } : {};
    switch (col.type) {
      case 'longtext':
        return h('textarea', { rows: 2, ...max });
      case 'date':
        return dayInput(col.required && this.o.today ? this.o.today : '');
      case 'datetime':
        return h('input', { type: 'text', autocomplete: 'off', placeholder: 'dd/mm/yyyy HH:mm', ...max });
      case 'time':
        return timeInput();
      case 'int':
      case 'year':
        return h('input', { type: 'number', step: 1, min: col.type === 'year' ? 1900 : 0, inputmode: 'numeric' });
      case 'number':
        return h('input', { type: 'number', step: 'any', min: 0, inputmode: 'decimal' });
      case 'bool':
        return h('input', { type: 'checkbox' });
      case 'enum':
        return select(allowedValues(col, this.d.lists) ?? [], col.required ? t('form.choose') : t('form.none'));
      case 'ref': {
        const options = refOptions(col, this.d);
        if (options) return select(options, col.required ? t('form.choose') : t('form.none'));
        return h('input', { type: 'text', autocomplete: 'off', ...max });
      }
      default:
        return h('input', { type: col.field === 'phone' ? 'tel' : 'text', autocomplete: 'off', ...max });
    }
  }

  control$(fieldName: string): Control {
    const c = this.controls.get(fieldName);
    if (!c) throw new Error(t('page.missingControl', { field: fieldName }));
    return c;
  }

  /** The record in normalised form. */
  values(): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    for (const col of this.columns) {
      const list = this.checklists.get(col.field);
      if (list) {
        out[col.field] = list.selected();
        continue;
      }
      const c = this.controls.get(col.field)!;
      switch (col.type) {
        case 'date':
        case 'time': {
          const v = typedValue(c as HTMLInputElement);
          out[col.field] = v === '' && col.type === 'date' ? null : v;
          break;
        }
        case 'datetime':
          out[col.field] = datetimeValue(c.value);
          break;
        case 'int':
        case 'year':
        case 'number':
          out[col.field] = numberOf(c as HTMLInputElement);
          break;
        case 'bool':
          out[col.field] = (c as HTMLInputElement).checked;
          break;
        default:
          out[col.field] = text(c);
      }
    }
    return out;
  }

  /** Fills the controls from a record (values missing from a dropdown are added to it, not lost). */
  set(record: Partial<Record<string, FieldValue>>): void {
    for (const col of this.columns) {
      const v = record[col.field];
      const list = this.checklists.get(col.field);
      if (list) {
        list.set(Array.isArray(v) ? v : []);
        continue;
      }
      const c = this.controls.get(col.field)!;
      if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = v === true;
      else if (col.type === 'date' || col.type === 'time')
        setTyped(c as HTMLInputElement, typeof v === 'string' ? v : '');
      else if (col.type === 'datetime') c.value = typeof v === 'string' ? datetimeText(v) : '';
      else {
        const s = v === null || v === undefined ? '' : String(v);
        if (c instanceof HTMLSelectElement && s !== '' && !Array.from(c.options).some((op) => op.value === s))
          c.append(h('option', { value: s }, s));
        c.value = s;
      }
      c.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  /** Blank again, except the fields named in `keep`; required dates back to today. Controls get an `input` event. */
  reset(keep: readonly string[] = []): void {
    for (const col of this.columns) {
      if (keep.includes(col.field)) continue;
      const list = this.checklists.get(col.field);
      if (list) {
        list.clearSearch();
        list.set([]);
        continue;
      }
      const c = this.controls.get(col.field)!;
      if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = false;
      else if (col.type === 'date') setTyped(c as HTMLInputElement, col.required && this.o.today ? this.o.today : '');
      else c.value = '';
      c.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
