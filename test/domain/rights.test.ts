/** The emails of a rights setting (src/domain/rights.ts), read strictly as typed. */
import { grantsRights, parseEmailList, RIGHTS_SETTING_KEYS, visibleEntry } from '../../src/domain/rights';
import { SETTING_DEFS } from '../../src/domain/settings';

describe('parseEmailList', () => {
  it('one address per line, or separated by , or ;, outer spaces trimmed, lower-cased, each once', () => {
    expect(parseEmailList(' PhoBan@Example.com \nb.c+x@thon.gov.vn; d_e@a-b.vn,\r\nphoban@example.com\n\n')).toEqual({
      valid: ['phoban@example.com', 'b.c+x@thon.gov.vn', 'd_e@a-b.vn'],
      invalid: [],
    });
    expect(parseEmailList('')).toEqual({ valid: [], invalid: [] });
    expect(parseEmailList(null)).toEqual({ valid: [], invalid: [] });
  });

  const INVALID: [string, string][] = [
    ['zero-width space inside', 'zw\u200b@example.com'],
    ['zero-width space at the end', 'zw@example.com\u200b'],
    ['byte-order mark at the start', '\ufeffzw@example.com'],
    ['zero-width joiner in the domain', 'zw@exam\u200dple.com'],
    ['a space inside', 'an ninh@example.com'],
    ['a tab inside', 'an\tninh@example.com'],
    ['no dotted domain', 'a@b'],
    ['not an address', 'foo'],
    ['two @', 'a@b@example.com'],
    ['Cyrillic a', '\u0430dmin@example.com'],
    ['Greek omicron in the domain', 'admin@g\u03bfogle.com'],
    ['Vietnamese letter', 'nguyễn@example.com'],
    ['fullwidth @', 'a\uff20example.com'],
    ['two dots', 'a..b@example.com'],
    ['leading dot', '.a@example.com'],
    ['domain label starting with -', 'a@-x.com'],
    ['a formula', '=HYPERLINK("http://x")'],
  ];

  it.each(INVALID)('%s: reported, never valid', (_why, entry) => {
    const r = parseEmailList(`ok@example.com\n${entry}`);
    expect(r.valid).toEqual(['ok@example.com']);
    expect(r.invalid).toHaveLength(1);
  });

  it('prints how many hostile entries it refused', () => {
    const r = parseEmailList(INVALID.map(([, e]) => e).join('\n'));
    console.log(
      `rights emails: ${r.invalid.length} of ${INVALID.length} hostile entries refused, ${r.valid.length} given`,
    );
    expect([r.valid.length, r.invalid.length]).toEqual([0, INVALID.length]);
  });
});

describe('visibleEntry', () => {
  it('writes every character outside printable ASCII as [U+XXXX]', () => {
    expect(visibleEntry('zw\u200b@example.com')).toBe('zw[U+200B]@example.com');
    expect(visibleEntry('\u0430dmin')).toBe('[U+0430]dmin');
    expect(visibleEntry('plain@example.com')).toBe('plain@example.com');
    expect(visibleEntry('a\u{1F600}')).toBe('a[U+1F600]');
  });
});

describe('RIGHTS_SETTING_KEYS', () => {
  it('names settings that exist, and the editors list is one of them', () => {
    for (const k of RIGHTS_SETTING_KEYS) expect(SETTING_DEFS.some((d) => d.key === k)).toBe(true);
    expect(grantsRights('nguoi_sua_doi_tuong')).toBe(true);
    expect(grantsRights('ten_thon')).toBe(false);
  });
});
