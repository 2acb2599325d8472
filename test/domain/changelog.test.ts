/** The user-facing changelog: parsed as Keep a Changelog, and in step with the version the add-on shows. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latestRelease, parseChangelog, plainText, releaseDay } from '../../src/domain/changelog';
import { APP_VERSION } from '../../src/server/version';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('parseChangelog', () => {
  const md = [
    '# Có gì mới',
    '',
    'Lời mở đầu, không thuộc phiên bản nào.',
    '',
    '## [Chưa phát hành]',
    '',
    '### Thêm mới',
    '- Sắp có.',
    '',
    '## [1.2.0] - 2027-01-05',
    '',
    '### Thêm mới',
    '- *Ghi tuần tra* có thêm ô **giờ**',
    '  tiếp dòng sau.',
    '- Xem [hướng dẫn](https://example.com) và `Cài đặt`.',
    '',
    '### Sửa lỗi',
    '* Hết lỗi ngày 29/02.',
    '',
    '## [1.1.0] - 2026-12-01',
    '### Thay đổi',
    '- Một thay đổi.',
    '',
    '[1.2.0]: https://example.com/compare',
  ].join('\n');

  it('reads releases, sections and items (continuation lines joined, marks reduced to text)', () => {
    const r = parseChangelog(md);
    expect(r.map((x) => [x.version, x.date])).toEqual([
      ['Chưa phát hành', null],
      ['1.2.0', '2027-01-05'],
      ['1.1.0', '2026-12-01'],
    ]);
    expect(r[1].sections).toEqual([
      { title: 'Thêm mới', items: ['Ghi tuần tra có thêm ô giờ tiếp dòng sau.', 'Xem hướng dẫn và Cài đặt.'] },
      { title: 'Sửa lỗi', items: ['Hết lỗi ngày 29/02.'] },
    ]);
    expect(r[2].sections).toEqual([{ title: 'Thay đổi', items: ['Một thay đổi.'] }]);
  });

  it('the latest release skips the unreleased heading', () => {
    expect(latestRelease(parseChangelog(md))?.version).toBe('1.2.0');
    expect(latestRelease(parseChangelog('# Không có gì'))).toBeNull();
  });

  it('plainText and releaseDay', () => {
    expect(plainText('**a** *b* `c` [d](e)  f')).toBe('a b c d f');
    expect(plainText('muc_tieu_tuan_tra')).toBe('muc_tieu_tuan_tra');
    expect(releaseDay('2026-11-26')).toBe('26/11/2026');
    expect(releaseDay(null)).toBe('');
  });
});

describe('CHANGELOG.md', () => {
  const releases = parseChangelog(read('CHANGELOG.md'));
  const top = latestRelease(releases)!;

  it('its newest release is the version of package.json and of the help dialog', () => {
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(top.version).toBe(pkg.version);
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('every release has a date, sections and items, newest first', () => {
    expect(releases.length).toBeGreaterThan(0);
    for (const r of releases.filter((x) => /^\d/.test(x.version))) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.sections.length).toBeGreaterThan(0);
      for (const s of r.sections) expect(s.items.length).toBeGreaterThan(0);
    }
    const dates = releases.flatMap((r) => (r.date ? [r.date] : []));
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
