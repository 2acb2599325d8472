/**
 * "Sửa bản ghi vừa lưu" of the entry sidebars: after a save, a button beside "Lưu" opens the
 * record just written (read back with `apiListRecords`) in its registry form in place of the
 * entry form; it is saved with `apiSaveRecord` and its id (`RecordEditor`). "Đóng" brings the
 * entry form back. A batch (commitments) offers each of its records.
 */
import { t } from '../../domain/i18n';
import type { RecordKey } from '../../domain/sheets';
import type { BootData } from './bootstrap';
import { h } from './dom';
import { select } from './field';
import { fetchRecord, RecordEditor, typeOf } from './recordEditor';
import { toast } from './toast';

export class EditSaved {
  readonly button: HTMLButtonElement;
  private readonly editor: RecordEditor;
  private readonly pick: HTMLSelectElement;
  private readonly pickField: HTMLElement;
  private sheet: RecordKey | null = null;

  /** `host` is hidden while the record is edited; the button goes into its save bar (`.actions`). */
  constructor(
    d: BootData,
    private readonly host: HTMLElement,
  ) {
    this.editor = new RecordEditor(d, { onClose: () => this.back() });
    this.button = h('button', { type: 'button', class: 'link', 'data-role': 'edit-saved' }, t('lookup.editSaved'));
    this.button.hidden = true;
    this.pick = select([]);
    this.pick.id = `saved-${Math.random().toString(36).slice(2)}`;
    this.pick.setAttribute('data-role', 'pick-saved');
    this.pickField = h('div', { class: 'field' }, h('label', { for: this.pick.id }, t('lookup.pickSaved')), this.pick);
    this.pickField.hidden = true;
    const actions = host.querySelector('.actions');
    (actions ?? host).append(this.button);
    host.after(this.pickField, this.editor.el);
    this.button.addEventListener('click', () => void this.open(this.pick.value));
    this.pick.addEventListener('change', () => void this.open(this.pick.value));
  }

  /** After a save: the records written (of one type). */
  offer(sheet: RecordKey, ids: readonly string[]): void {
    this.sheet = sheet;
    this.pick.replaceChildren(...ids.map((id) => h('option', { value: id }, id)));
    this.button.hidden = ids.length === 0;
  }

  private async open(id: string): Promise<void> {
    if (!this.sheet || !id) return;
    this.button.disabled = true;
    try {
      const row = await fetchRecord(this.sheet, id);
      if (!row) throw new Error(t('save.unknownRecord', { id, sheet: typeOf(this.sheet).name }));
      this.host.hidden = true;
      this.pickField.hidden = this.pick.options.length < 2;
      this.editor.open(typeOf(this.sheet), row);
    } catch (err) {
      toast(t('registry.loadFailed', { message: (err as Error).message }), 'bad', this.button);
    } finally {
      this.button.disabled = false;
    }
  }

  private back(): void {
    this.pickField.hidden = true;
    this.host.hidden = false;
    this.button.focus();
  }
}
