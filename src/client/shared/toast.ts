/**
 * The result of a save, e.g. "Đã lưu TT-0044.", shown in the form's sticky save bar just
 * above its button (`role=status`): it never covers a field or the button, and it goes
 * away after a while or when the next save starts.
 */
import { h } from './dom';
import { t } from '../../domain/i18n';

let el: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function hideToast(): void {
  if (el) el.hidden = true;
}

/** Shows `message` in the save bar of `near` (a control of the form), or at the foot of the page. */
export function toast(message: string, kind: 'ok' | 'bad', near?: HTMLElement, ms = 10000): void {
  el ??= h('div', { id: 'toast', role: 'status', 'aria-live': 'polite' });
  const bar = near?.closest('.actions');
  if (bar) bar.prepend(el);
  else {
    el.classList.add('floating');
    document.body.append(el);
  }
  const close = h(
    'button',
    { type: 'button', class: 'toast-close', 'aria-label': t('toast.close'), title: t('toast.close') },
    '×',
  );
  el.className = `toast ${kind}${bar ? '' : ' floating'}`;
  el.replaceChildren(h('span', { class: 'toast-text' }, message), close);
  el.hidden = false;
  close.addEventListener('click', hideToast);
  clearTimeout(timer);
  timer = setTimeout(hideToast, ms);
}
