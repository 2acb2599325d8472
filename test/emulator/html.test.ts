import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../local/emulator/context';
import { createHtmlService } from '../../local/emulator/html';

function setup(globals?: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  writeFileSync(
    join(dir, 'Page.html'),
    '<h1><?= title ?></h1><? for (var i = 0; i < rows.length; i++) { ?><p><?= rows[i] ?></p><? } ?>',
  );
  writeFileSync(join(dir, 'Static.html'), '<b>static</b>');
  const ctx = createContext();
  return { ctx, dir, ...createHtmlService(ctx, { htmlDir: dir, globals }) };
}

describe('HtmlService scriptlets', () => {
  test('<?= ?> escapes & < > " \' and <?!= ?> prints raw', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate(`<div><?= bad ?>|<?= "a&b \\"q\\" 'x'" ?>|<?!= bad ?></div>`);
    t.bad = '<img onerror=x>';
    expect(t.evaluate().getContent()).toBe(
      '<div>&lt;img onerror=x&gt;|a&amp;b &quot;q&quot; &#39;x&#39;|<img onerror=x></div>',
    );
  });

  test('statements open and close blocks across HTML (loops, ifs)', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate(
      '<ul><? items.forEach(function (it, i) { ?>' +
        '<li class="<?= i % 2 ? "odd" : "even" ?>"><?= it.name ?></li><? }); ?></ul>' +
        '<? if (items.length > 2) { ?>many<? } else { ?>few<? } ?>',
    );
    t.items = [{ name: 'An' }, { name: 'Bình <3' }];
    expect(t.evaluate().getContent()).toBe('<ul><li class="even">An</li><li class="odd">Bình &lt;3</li></ul>few');
  });

  test('template variables are any assigned property; unknown names throw; globals are visible', () => {
    const { HtmlService } = setup({ include: (n: string) => `[${n}]` });
    const t = HtmlService.createTemplate('<?!= include("css") ?><?= a + b ?>');
    t.a = 2;
    t.b = 3;
    expect(t.evaluate().getContent()).toBe('[css]5');
    const u = HtmlService.createTemplate('<?= missing ?>');
    expect(() => u.evaluate()).toThrow(/missing is not defined/);
  });

  test('output is usable inside scriptlets, trailing semicolons are tolerated', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('a<? output.append("<i>b</i>"); output.appendUntrusted("<c>"); ?><?= "d"; ?>');
    expect(t.evaluate().getContent()).toBe('a<i>b</i>&lt;c&gt;d');
  });

  test('getCode returns the generated JavaScript; getRawContent the source', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('x<?= y ?>');
    expect(t.getCode()).toContain('output.appendUntrusted(y);');
    expect(t.getCode()).toContain('output.append("x");');
    expect(t.getRawContent()).toBe('x<?= y ?>');
  });

  test('files: createTemplateFromFile / createHtmlOutputFromFile, missing file message', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplateFromFile('Page');
    t.title = 'Tuần tra & canh gác';
    t.rows = ['a', '<b>'];
    expect(t.evaluate().getContent()).toBe('<h1>Tuần tra &amp; canh gác</h1><p>a</p><p>&lt;b&gt;</p>');
    expect(HtmlService.createHtmlOutputFromFile('Static').getContent()).toBe('<b>static</b>');
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => HtmlService.createTemplateFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });
});

describe('HtmlOutput', () => {
  test('content, title, size, modes, meta tags, favicon', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<p>1</p>')
      .append('<p>2</p>')
      .appendUntrusted('<script>')
      .setTitle('Nhập tuần tra')
      .setWidth(600)
      .setHeight(420)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width')
      .setFaviconUrl('https://example.com/f.png');
    expect(out.getContent()).toBe('<p>1</p><p>2</p>&lt;script&gt;');
    expect(out.getTitle()).toBe('Nhập tuần tra');
    expect([out.getWidth(), out.getHeight()]).toEqual([600, 420]);
    expect(out.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([['viewport', 'width=device-width']]);
    expect(out.getFaviconUrl()).toBe('https://example.com/f.png');
    expect(String(HtmlService.SandboxMode.IFRAME)).toBe('IFRAME');
    out.setContent('x');
    expect(out.getContent()).toBe('x');
    expect(out.clear().getContent()).toBe('');
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
  });

  test('calls are counted under HtmlService, builder setters as reads', () => {
    const { HtmlService, ctx } = setup();
    const t = HtmlService.createTemplate('<?= 1 ?>');
    t.evaluate().setTitle('t').setWidth(300);
    expect(ctx.counter.count({ service: 'HtmlService' })).toBe(4);
    expect(ctx.counter.byMethod('HtmlService')).toEqual({
      'HtmlService.createTemplate': 1,
      'HtmlTemplate.evaluate': 1,
      'HtmlOutput.setTitle': 1,
      'HtmlOutput.setWidth': 1,
    });
    expect(ctx.counter.count({ service: 'HtmlService', kind: 'write' })).toBe(0);
  });
});
