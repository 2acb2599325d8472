/**
 * The sample village's self-assessments (issue 17) for two consecutive TT 124 years, pinned in full: 2024
 * (01/11/2023 – 31/10/2024) is Đạt — no crime or social evil against one the year before; 2025 (01/11/2024 –
 * 31/10/2025) is Chưa đạt — a prolonged land dispute (criterion 3) and two social evils against none (criterion 4).
 * Each criterion's status and reason and the overall result, with the board's review of criterion 2 given (and
 * without it, not enough data).
 */
import { intlClock } from '../../src/domain/clock';
import { assessTt124, type Tt124Assessment } from '../../src/domain/tt124/assess';
import { workbookFromValues } from '../../src/domain/workbook';
import { sampleSheetValues } from '../support/sampleValues';

const clock = intlClock('Asia/Ho_Chi_Minh');
const data = workbookFromValues(sampleSheetValues(clock, '2026-12-07'), clock);

/** Each criterion as [number, status, reason]. */
const rows = (a: Tt124Assessment) => a.criteria.map((c) => [c.number, c.status, c.reason]);

const C3_SCOPE =
  ' Xét theo các loại vụ việc của Danh mục (Mâu thuẫn, tranh chấp phức tạp kéo dài; Khiếu kiện đông người; ' +
  'Tụ tập đông người gây mất ANTT); các điểm a, b, c, đ không có loại vụ việc tương ứng, các điểm sau điểm g ' +
  'chưa xác minh nên chưa xét.';
const C4_READING =
  ' Cách hiểu chưa xác minh: tính các vụ việc loại Tội phạm; Tệ nạn xã hội; Ma tuý; trong kỳ không có vụ nào ' +
  'thì đạt, có thì phải ít hơn cùng kỳ năm trước.';
const C5_READING =
  ' Cách hiểu chưa xác minh: đạt khi tháng nào cũng có tuần tra, đạt kế hoạch tuần tra (nếu có), và từ ' +
  '01/07/2024 có Tổ bảo vệ ANTT với tổ trưởng.';
const C1 = (y: number) =>
  `Nghị quyết của chi bộ ngày 20/01/${y}, trong quý I. Đăng ký phấn đấu của khu dân cư ngày 15/02/${y}, ` +
  'trong quý I. 106/106 hộ đang cư trú đã đăng ký (100%).';
const C2 = 'Ban đại diện tự nhận xét: đã triển khai, thực hiện đầy đủ.';

describe('the sample village, TT 124 year 2024 (01/11/2023 – 31/10/2024)', () => {
  const a = assessTt124(data, { year: 2024, policy: 'met' });
  it('is assessed criterion by criterion, explained', () => {
    expect(a.period).toEqual({ from: '2023-11-01', to: '2024-10-31' });
    expect(rows(a)).toEqual(SAMPLE_2024.rows);
    expect(a.overall).toBe(SAMPLE_2024.overall);
  });
});

describe('the sample village, TT 124 year 2025 (01/11/2024 – 31/10/2025)', () => {
  const a = assessTt124(data, { year: 2025, policy: 'met' });
  it('is assessed criterion by criterion, explained', () => {
    expect(a.previous).toEqual({ from: '2023-11-01', to: '2024-10-31' });
    expect(rows(a)).toEqual(SAMPLE_2025.rows);
    expect(a.overall).toBe(SAMPLE_2025.overall);
  });
  it('without the board’s review of criterion 2, says what is missing; a criterion not met still decides', () => {
    const bare = assessTt124(data, { year: 2025 });
    expect(bare.criteria[1].status).toBe('insufficient');
    expect(bare.overall).toBe('notMet');
    expect(assessTt124(data, { year: 2024 }).overall).toBe('insufficient');
  });
});

const SAMPLE_2024 = {
  overall: 'met',
  rows: [
    [1, 'met', C1(2024)],
    [2, 'met', C2],
    [
      3,
      'met',
      'Trong kỳ trang Vụ việc ghi 1 vụ, không vụ nào thuộc các trường hợp của tiêu chí này, và không còn vụ nào như ' +
        `thế đang giải quyết.${C3_SCOPE}`,
    ],
    [
      4,
      'met',
      'Trong kỳ không xảy ra vụ nào thuộc các loại Tội phạm; Tệ nạn xã hội; Ma tuý (năm trước: 1). Theo loại: ' +
        `Tội phạm 0 (năm trước 0); Tệ nạn xã hội 0 (năm trước 1); Ma tuý 0 (năm trước 0).${C4_READING}`,
    ],
    [
      5,
      'met',
      'Mô hình tuần tra đủ 12/12 tháng (23 lượt). Tổ bảo vệ ANTT có 8 người, có tổ trưởng; 5 người đã qua tập ' +
        `huấn (62,5%).${C5_READING}`,
    ],
  ],
};

const SAMPLE_2025 = {
  overall: 'notMet',
  rows: [
    [1, 'met', C1(2025)],
    [2, 'met', C2],
    [
      3,
      'notMet',
      'Có 1 vụ việc thuộc các trường hợp không được để xảy ra: VV-0009 ngày 12/04/2025, Mâu thuẫn, tranh chấp ' +
        `phức tạp kéo dài, đã giải quyết.${C3_SCOPE}`,
    ],
    [
      4,
      'notMet',
      'Trong kỳ có 2 vụ, tăng 2 vụ so với cùng kỳ năm trước (0 vụ). Theo loại: Tội phạm 0 (năm trước 0); Tệ nạn ' +
        `xã hội 1 (năm trước 0); Ma tuý 1 (năm trước 0).${C4_READING}`,
    ],
    [
      5,
      'met',
      'Mô hình tuần tra đủ 12/12 tháng (24 lượt). Tổ bảo vệ ANTT có 8 người, có tổ trưởng; 6 người đã qua tập ' +
        `huấn (75%).${C5_READING}`,
    ],
  ],
};
