/**
 * Sidebars (300 px, at the right) and dialogs (centred; modal ones over a backdrop) showing
 * the HTML the bundle opened, each in an iframe from /page/<n> whose shim talks back here.
 */
import type { ShimMessage, UiEvent } from '../protocol';
import { h } from './dom';

type PageEvent = Extract<UiEvent, { type: 'page' }>;

const SIDEBAR_WIDTH = 300;
const DEFAULT_DIALOG = { width: 600, height: 400 };

interface Open {
  page: number;
  kind: PageEvent['kind'];
  root: HTMLElement;
  frame: HTMLIFrameElement;
}

export class Panels {
  private sidebar: Open | null = null;
  private dialog: Open | null = null;

  constructor(
    private readonly sidebarHost: HTMLElement,
    private readonly dialogHost: HTMLElement,
    /** Called after a page's google.script.run call came back. */
    private readonly onRan: (fn: string) => void,
  ) {
    window.addEventListener('message', (ev) => this.message(ev));
  }

  open(ev: PageEvent): void {
    const frame = h('iframe', {
      class: 'page-frame',
      src: `/page/${ev.page}`,
      title: ev.title || 'Trang của tiện ích',
    });
    const close = h('button', { class: 'panel-close', type: 'button', 'aria-label': 'Đóng', title: 'Đóng' }, '×');
    const header = h('div', { class: 'panel-title' }, h('span', {}, ev.title || ''), close);
    if (ev.kind === 'sidebar') {
      this.closeSidebar();
      const root = h('div', { class: 'sidebar-panel', 'data-page': ev.page }, header, frame);
      this.sidebarHost.replaceChildren(root);
      this.sidebarHost.style.width = `${SIDEBAR_WIDTH}px`;
      this.sidebarHost.hidden = false;
      // Toasts move left of the sidebar, so they never cover its buttons.
      document.body.classList.add('sidebar-open');
      this.sidebar = { page: ev.page, kind: ev.kind, root, frame };
    } else {
      this.closeDialog();
      const width = ev.width ?? DEFAULT_DIALOG.width;
      const height = ev.height ?? DEFAULT_DIALOG.height;
      const box = h(
        'div',
        {
          class: `dialog ${ev.kind}`,
          role: 'dialog',
          'aria-modal': ev.kind === 'modal' ? 'true' : 'false',
          'aria-label': ev.title || 'Hộp thoại',
          'data-page': ev.page,
        },
        header,
        frame,
      );
      box.style.width = `${width}px`;
      frame.style.height = `${height}px`;
      const root = ev.kind === 'modal' ? h('div', { class: 'backdrop' }, box) : box;
      this.dialogHost.replaceChildren(root);
      this.dialog = { page: ev.page, kind: ev.kind, root, frame };
    }
    close.addEventListener('click', () => this.close(ev.page));
  }

  close(page: number): void {
    if (this.sidebar?.page === page) this.closeSidebar();
    if (this.dialog?.page === page) this.closeDialog();
  }

  closeAll(): void {
    this.closeSidebar();
    this.closeDialog();
  }

  private closeSidebar(): void {
    if (!this.sidebar) return;
    this.sidebar = null;
    this.sidebarHost.replaceChildren();
    this.sidebarHost.hidden = true;
    document.body.classList.remove('sidebar-open');
  }

  private closeDialog(): void {
    if (!this.dialog) return;
    this.dialog = null;
    this.dialogHost.replaceChildren();
  }

  private message(ev: MessageEvent): void {
    if (ev.origin !== location.origin) return;
    const msg = ev.data as ShimMessage;
    if (msg?.antt !== 'playground') return;
    const from = [this.sidebar, this.dialog].find(
      (o) => o && o.frame.contentWindow === ev.source && o.page === msg.page,
    );
    if (msg.type === 'ran') {
      this.onRan(msg.fn);
      return;
    }
    if (!from) return;
    if (msg.type === 'close') this.close(from.page);
    else if (msg.type === 'resize' && from.kind !== 'sidebar') {
      const box = from.root.classList.contains('dialog') ? from.root : (from.root.firstElementChild as HTMLElement);
      if (msg.width !== undefined && msg.width > 0) box.style.width = `${msg.width}px`;
      if (msg.height !== undefined && msg.height > 0) from.frame.style.height = `${msg.height}px`;
    }
  }
}
