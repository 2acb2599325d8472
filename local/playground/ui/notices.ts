/**
 * Toasts (bottom right, they go away), alerts (the server already answered them: the page
 * shows their text and the button chosen), script errors, and the "running" indicator.
 */
import type { UiEvent } from '../protocol';
import { h } from './dom';

const DEFAULT_TOAST_SECONDS = 5;

function closable(box: HTMLElement): HTMLElement {
  const x = h('button', { class: 'notice-close', type: 'button', 'aria-label': 'Đóng', title: 'Đóng' }, '×');
  x.addEventListener('click', () => box.remove());
  box.prepend(x);
  return box;
}

export class Notices {
  private running = 0;

  constructor(
    private readonly toasts: HTMLElement,
    private readonly messages: HTMLElement,
    private readonly status: HTMLElement,
  ) {}

  toast(ev: Extract<UiEvent, { type: 'toast' }>): void {
    const box = closable(
      h(
        'div',
        { class: 'toast', role: 'status' },
        ev.title ? h('div', { class: 'toast-title' }, ev.title) : null,
        h('div', { class: 'toast-text' }, ev.message),
      ),
    );
    this.toasts.append(box);
    const seconds = ev.timeout === null || ev.timeout === undefined ? DEFAULT_TOAST_SECONDS : ev.timeout;
    if (seconds >= 0) setTimeout(() => box.remove(), Math.max(1, seconds) * 1000);
  }

  alert(ev: Extract<UiEvent, { type: 'alert' }>): void {
    const answered =
      ev.kind === 'prompt'
        ? `Sân thử đã tự trả lời: ${ev.response}, nội dung nhập "${ev.text ?? ''}".`
        : `Sân thử đã tự chọn: ${ev.response}.`;
    this.messages.append(
      closable(
        h(
          'div',
          { class: 'message alert', role: 'alert' },
          h('div', { class: 'message-title' }, ev.title || (ev.kind === 'prompt' ? 'Hộp nhập' : 'Thông báo')),
          h('div', { class: 'message-text' }, ev.message),
          h('div', { class: 'message-foot' }, answered),
        ),
      ),
    );
  }

  /** A Google Doc the add-on created, with a link to its A4 preview. */
  document(ev: Extract<UiEvent, { type: 'doc' }>): void {
    const link = h(
      'a',
      { class: 'doc-preview', href: `/doc/${encodeURIComponent(ev.id)}`, target: '_blank', rel: 'noopener' },
      'Xem bản A4 (in được)',
    );
    this.messages.append(
      closable(
        h(
          'div',
          { class: 'message doc', role: 'status', 'data-doc': ev.id },
          h('div', { class: 'message-title' }, 'Đã tạo văn bản Google Docs'),
          h('div', { class: 'message-text' }, ev.name),
          h('div', { class: 'message-foot' }, link),
        ),
      ),
    );
  }

  error(title: string, message: string): void {
    this.messages.append(
      closable(
        h(
          'div',
          { class: 'message error', role: 'alert' },
          h('div', { class: 'message-title' }, title),
          h('div', { class: 'message-text' }, message),
        ),
      ),
    );
  }

  /** Shows "Đang chạy tập lệnh…" while `work` runs. */
  async busy<T>(label: string, work: () => Promise<T>): Promise<T> {
    this.running++;
    this.status.textContent = label;
    this.status.hidden = false;
    try {
      return await work();
    } finally {
      if (--this.running === 0) this.status.hidden = true;
    }
  }
}
