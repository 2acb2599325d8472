/** Vietnamese number and date formatting of the notice (viFormat) and the ND30 layout constants. */
import {
  documentNumber,
  endSentence,
  formatCount,
  formatDecimal,
  formatPercent,
  lowerFirst,
  ndDate,
  placeDateLine,
  proseDate,
  slashDate,
} from '../../src/domain/viFormat';
import { recipientLines } from '../../src/domain/notice/compose';
import { roughPercent } from '../../src/domain/notice/sections';
import {
  CONTENT_WIDTH,
  HEADER_WIDTHS,
  layoutNotice,
  PAGE,
  SIGNATURE_WIDTHS,
  STYLES,
} from '../../src/domain/notice/layout';
import { textWidth } from '../../src/domain/notice/metrics';
import { composeSample, sampleData } from './noticeSample';

describe('numbers', () => {
  it.each([
    [0, true, '0'],
    [5, true, '05'],
    [9, true, '09'],
    [5, false, '5'],
    [10, true, '10'],
    [1700, true, '1.700'],
    [1234567, false, '1.234.567'],
  ])('formatCount(%p, %p) → %p', (n, pad, out) => expect(formatCount(n, pad)).toBe(out));

  it.each([
    [91.5, '91,5%'],
    [100, '100%'],
    [86, '86%'],
    [72.06, '72,1%'],
    [0.5, '0,5%'],
  ])('formatPercent(%p) → %p', (p, out) => expect(formatPercent(p)).toBe(out));

  it('formats decimals with a comma and thousands with a dot', () => {
    expect(formatDecimal(189.33)).toBe('189,33');
    expect(formatDecimal(1234.5)).toBe('1.234,5');
    expect(formatDecimal(-2.5)).toBe('-2,5');
    expect(formatDecimal(3)).toBe('3');
  });

  it('says "trên 90%" above a round ten, the exact percent otherwise', () => {
    expect(roughPercent(91.5)).toBe('trên 90%');
    expect(roughPercent(90)).toBe('90%');
    expect(roughPercent(100)).toBe('100%');
    expect(roughPercent(99.9)).toBe('trên 90%');
    expect(roughPercent(7.5)).toBe('7,5%');
  });

  it('pads document numbers below 10 (ND30)', () => {
    expect([documentNumber(1), documentNumber(9), documentNumber(10), documentNumber(123)]).toEqual([
      '01',
      '09',
      '10',
      '123',
    ]);
  });
});

describe('dates', () => {
  it('pads day < 10 and months 1–2 only (ND30)', () => {
    expect(ndDate('2023-02-05')).toBe('ngày 05 tháng 02 năm 2023');
    expect(ndDate('2023-01-31')).toBe('ngày 31 tháng 01 năm 2023');
    expect(ndDate('2023-03-09')).toBe('ngày 09 tháng 3 năm 2023');
    expect(ndDate('2023-12-10')).toBe('ngày 10 tháng 12 năm 2023');
  });
  it('writes the place-date line', () => {
    expect(placeDateLine('Bình Gia', '2023-02-05')).toBe('Bình Gia, ngày 05 tháng 02 năm 2023');
    expect(placeDateLine('  ', '2023-06-20')).toBe('Ngày 20 tháng 6 năm 2023');
  });
  it('writes days in running text as the seed (23/6/2021) and in names as dd/mm/yyyy', () => {
    expect(proseDate('2021-06-23')).toBe('23/6/2021');
    expect(proseDate('2023-01-05')).toBe('5/1/2023');
    expect(slashDate('2023-06-20')).toBe('20/06/2023');
  });
});

describe('text helpers', () => {
  it('lower-cases the first letter unless the word is an acronym', () => {
    expect(lowerFirst('Phòng cháy chữa cháy')).toBe('phòng cháy chữa cháy');
    expect(lowerFirst('PCCC')).toBe('PCCC');
    expect(lowerFirst('Ủy ban')).toBe('ủy ban');
  });
  it('ends sentences once', () => {
    expect(endSentence('Có 5 hộ')).toBe('Có 5 hộ.');
    expect(endSentence('Có 5 hộ.')).toBe('Có 5 hộ.');
    expect(endSentence('bệnh...')).toBe('bệnh...');
  });
  it('writes recipients as "- …;" with the archive line last', () => {
    expect(recipientLines(['- A;', 'Lưu: VT, CAH', 'B.'])).toEqual(['- A;', '- B;', '- Lưu: VT, CAH.']);
  });
});

describe('ND30 layout constants', () => {
  it('is A4 with margins 20/20/30/15 mm, in points', () => {
    expect(PAGE).toEqual({
      width: 595.28,
      height: 841.89,
      marginTop: 56.69,
      marginBottom: 56.69,
      marginLeft: 85.04,
      marginRight: 42.52,
    });
    expect(CONTENT_WIDTH).toBe(467.72);
    expect(HEADER_WIDTHS[0] + HEADER_WIDTHS[1]).toBeCloseTo(CONTENT_WIDTH, 2);
    expect(SIGNATURE_WIDTHS[0] + SIGNATURE_WIDTHS[1]).toBeCloseTo(CONTENT_WIDTH, 2);
  });
  it('uses the SPEC sizes: 13 for the agencies and nation, 14 for motto, title and body, 12/11 for Nơi nhận', () => {
    expect([STYLES.parentAgency.size, STYLES.agency.size, STYLES.number.size, STYLES.nation.size]).toEqual([
      13, 13, 13, 13,
    ]);
    expect([
      STYLES.motto.size,
      STYLES.placeDate.size,
      STYLES.title.size,
      STYLES.subject.size,
      STYLES.body.size,
    ]).toEqual([14, 14, 14, 14, 14]);
    expect([STYLES.recipientsLabel.size, STYLES.recipient.size]).toEqual([12, 11]);
    expect(STYLES.body).toMatchObject({ align: 'JUSTIFY', indentFirstLine: 36, bold: false });
    expect(STYLES.body.spaceAfter).toBeGreaterThanOrEqual(6);
    expect(STYLES.recipientsLabel).toMatchObject({ bold: true, italic: true, align: 'LEFT' });
    expect(STYLES.placeDate).toMatchObject({ italic: true, bold: false });
  });
});

describe('header columns against Times New Roman metrics (issue 16)', () => {
  const lines = (m: ReturnType<typeof composeSample>) => {
    const header = layoutNotice(m).blocks[0];
    if (header.kind !== 'table') throw new Error('no header table');
    return header;
  };
  it('measures the national name and the motto as Times New Roman sets them', () => {
    expect(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeCloseTo(271.19, 1);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 14, true)).toBeCloseTo(171.51, 1);
    expect(textWidth('CÔNG AN XÃ THIỆN THUẬT', 13, true)).toBeCloseTo(177.67, 1);
  });
  it('gives every header line room in its column (the seed and the two-level header)', () => {
    const data = sampleData();
    Object.assign(data.settings, { cap_hanh_chinh: 'từ 01/7/2025', co_quan_chu_quan: '', co_quan_ban_hanh: '' });
    for (const [m, widths] of [
      [composeSample(), [175, 292.72]],
      [composeSample({ issuedOn: '2025-12-15' }, undefined, data), [182, 285.72]],
    ] as const) {
      const t = lines(m);
      expect(t.widths).toEqual(widths);
      t.cells.forEach((cell, i) => {
        for (const p of cell)
          expect([p.text, textWidth(p.text, p.style.size, p.style.bold) < t.widths[i]]).toEqual([p.text, true]);
      });
    }
  });
});
