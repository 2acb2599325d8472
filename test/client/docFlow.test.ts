/**
 * The flow shared by the report, notice and TT 124 dialogs (src/client/shared/docFlow.ts), on a small stand-in for
 * the page's DOM (the browser tests cover the pages on the real one): "Tạo …" keeps its button disabled until the
 * server answers, then shows the Doc, the field errors or the Vietnamese failure; a preview shows only the newest
 * answer; field errors mark their fields and focus the first.
 */
import { t } from '../../src/domain/i18n';
import type { ApiResult } from '../../src/domain/wire';
import { generateDoc, previewer, showFieldErrors, unreadableLine } from '../../src/client/shared/docFlow';

/** Just what the dialogs' code uses of an element: attributes, children, text, `disabled`, focus. */
class FakeElement {
  readonly attrs = new Map<string, string>();
  children: (FakeElement | string)[] = [];
  className = '';
  disabled = false;
  constructor(
    readonly doc: FakeDocument,
    readonly tagName: string,
  ) {}
  setAttribute(k: string, v: string): void {
    this.attrs.set(k, v);
  }
  getAttribute(k: string): string | null {
    return this.attrs.get(k) ?? null;
  }
  append(...nodes: (FakeElement | string)[]): void {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: (FakeElement | string)[]): void {
    this.children = nodes;
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  set textContent(v: string) {
    this.children = v ? [v] : [];
  }
  focus(): void {
    this.doc.activeElement = this;
  }
  find(id: string): FakeElement | null {
    if (this.attrs.get('id') === id) return this;
    for (const c of this.children) {
      const hit = typeof c === 'string' ? null : c.find(id);
      if (hit) return hit;
    }
    return null;
  }
}

class FakeDocument {
  activeElement: FakeElement | null = null;
  readonly body = new FakeElement(this, 'body');
  createElement(tag: string): FakeElement {
    return new FakeElement(this, tag);
  }
  createTextNode(text: string): string {
    return text;
  }
  getElementById(id: string): FakeElement | null {
    return this.body.find(id);
  }
  querySelector(selector: string): FakeElement | null {
    if (!selector.startsWith('#')) throw new Error(`the stand-in finds ids only: ${selector}`);
    return this.getElementById(selector.slice(1));
  }
}

let doc: FakeDocument;
const el = (id: string) => doc.getElementById(id) as FakeElement;
/** An element with an id, put in the page. */
function add(tag: string, id: string): FakeElement {
  const e = doc.createElement(tag);
  e.setAttribute('id', id);
  doc.body.append(e);
  return e;
}

const FIELDS = ['from', 'to'] as const;

beforeEach(() => {
  doc = new FakeDocument();
  (globalThis as { document?: unknown }).document = doc;
  add('p', 'status');
  add('button', 'generate');
  add('div', 'result').append('an earlier result');
  add('section', 'preview');
  for (const f of FIELDS) {
    add('input', f);
    add('p', `err-${f}`);
  }
});
afterAll(() => {
  delete (globalThis as { document?: unknown }).document;
});

/** A server call the test answers (or fails) when it chooses. */
function pending<T>() {
  let answer!: (r: ApiResult<T>) => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<ApiResult<T>>((res, rej) => {
    answer = res;
    fail = rej;
  });
  return { promise, answer, fail };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('generateDoc', () => {
  test('the button stays disabled with the busy line until the Doc is shown; then `after` runs', async () => {
    const call = pending<string>();
    const seen: string[] = [];
    const run = generateDoc({
      fields: FIELDS,
      busy: t('report.generating'),
      send: () => call.promise,
      done: (d) => seen.push(`done ${d}, button disabled: ${el('generate').disabled}`),
      after: () => seen.push(`after, button disabled: ${el('generate').disabled}`),
    });
    expect(el('generate').disabled).toBe(true);
    expect(el('status').textContent).toBe(t('report.generating'));
    expect(el('result').children).toEqual([]);
    await settle();
    expect(el('generate').disabled).toBe(true);
    call.answer({ ok: true, data: 'doc-1' });
    await run;
    expect(seen).toEqual(['done doc-1, button disabled: true', 'after, button disabled: false']);
    expect(el('generate').disabled).toBe(false);
    expect(el('err-from').textContent).toBe('');
    expect(el('from').getAttribute('aria-invalid')).toBe('false');
  });

  test('field errors are shown under their fields and nothing is done', async () => {
    let done = 0;
    await generateDoc({
      fields: FIELDS,
      busy: t('notice.generating'),
      send: async (): Promise<ApiResult<string>> => ({
        ok: false,
        errors: [
          { field: 'to', message: 'to is wrong' },
          { field: 'to', message: 'and late' },
        ],
      }),
      done: () => done++,
    });
    expect(done).toBe(0);
    expect(el('err-to').textContent).toBe('to is wrong and late');
    expect(el('to').getAttribute('aria-invalid')).toBe('true');
    expect(el('from').getAttribute('aria-invalid')).toBe('false');
    expect(el('status').textContent).toBe(t('ui.fixErrors'));
    expect(doc.activeElement).toBe(el('to'));
    expect(el('generate').disabled).toBe(false);
  });

  test('a failed call says so in Vietnamese and enables the button again', async () => {
    await generateDoc({
      fields: FIELDS,
      busy: t('tt124.generating'),
      send: () => Promise.reject(new Error('mất kết nối')),
      done: () => undefined,
    });
    expect(el('status').textContent).toBe(t('ui.failed', { message: 'mất kết nối' }));
    expect(el('generate').disabled).toBe(false);
  });
});

describe('previewer', () => {
  const text = (s: string) => {
    const p = doc.createElement('p');
    p.append(s);
    return p as unknown as Node;
  };

  test('only the newest answer is shown, an older one arriving later is dropped', async () => {
    const calls = [pending<string>(), pending<string>()];
    const asked: number[] = [];
    let n = 0;
    const preview = previewer({
      fields: FIELDS,
      box: '#preview',
      request: () => ++n,
      load: (req) => {
        asked.push(req);
        return calls[req - 1].promise;
      },
      show: (d, req) => [text(`${d} for ${req}`), null],
    });
    const first = preview();
    expect(el('preview').textContent).toBe(t('ui.loading'));
    const second = preview();
    calls[1].answer({ ok: true, data: 'second' });
    await second;
    expect(el('preview').textContent).toBe('second for 2');
    calls[0].answer({ ok: true, data: 'first' });
    await first;
    expect(asked).toEqual([1, 2]);
    expect(el('preview').textContent).toBe('second for 2');
    expect(el('preview').children).toHaveLength(1);
  });

  test('field errors empty the box; a failure is shown in it', async () => {
    const preview = previewer({
      fields: FIELDS,
      box: '#preview',
      request: () => null,
      load: async (): Promise<ApiResult<string>> => ({ ok: false, errors: [{ field: 'from', message: 'bad' }] }),
      show: (d) => [text(d)],
    });
    await preview();
    expect(el('preview').children).toEqual([]);
    expect(el('err-from').textContent).toBe('bad');

    const call = pending<string>();
    const failing = previewer({
      fields: FIELDS,
      box: '#preview',
      request: () => null,
      load: () => call.promise,
      show: (d) => [text(d)],
    });
    const run = failing();
    call.fail(new Error('hết giờ'));
    await run;
    expect(el('preview').textContent).toBe(t('ui.failed', { message: 'hết giờ' }));
    expect((el('preview').children[0] as FakeElement).className).toBe('error');
  });

  test('`loading` and `failed` replace the box messages: the last content stays', async () => {
    el('preview').append('last assessment');
    const call = pending<string>();
    const failures: string[] = [];
    const preview = previewer({
      fields: FIELDS,
      box: '#preview',
      request: () => null,
      load: () => call.promise,
      show: (d) => [text(d)],
      loading: () => {
        el('status').textContent = 'assessing';
      },
      failed: (m) => failures.push(m),
    });
    const run = preview();
    expect(el('status').textContent).toBe('assessing');
    expect(el('preview').textContent).toBe('last assessment');
    call.fail(new Error('x'));
    await run;
    expect(failures).toEqual([t('ui.failed', { message: 'x' })]);
    expect(el('preview').textContent).toBe('last assessment');
  });
});

test('showFieldErrors with none clears the lines and leaves the status and focus alone', () => {
  el('err-from').textContent = 'old';
  el('status').textContent = 'period';
  showFieldErrors(FIELDS, []);
  expect(el('err-from').textContent).toBe('');
  expect(el('status').textContent).toBe('period');
  expect(doc.activeElement).toBeNull();
});

test('unreadableLine: nothing when every row was read; an alert in a preview, a plain line under a Doc', () => {
  expect(unreadableLine(0)).toBeNull();
  const alert = unreadableLine(3) as unknown as FakeElement;
  expect(alert.textContent).toBe(t('ui.unreadable', { rows: 3 }));
  expect(alert.className).toBe('warning');
  expect(alert.getAttribute('role')).toBe('alert');
  expect((unreadableLine(3, false) as unknown as FakeElement).getAttribute('role')).toBeNull();
});
