/**
 * The periodic report (issue 16) of the sample village: a six-month review (first half of 2023 beside the first
 * half of 2022) and an annual review (2022 beside 2021) — the figures, the differences, the shortcomings named from
 * the targets not met, the directions, the header and the closing.
 */
import { layoutNotice } from '../../src/domain/notice/layout';
import { noticeTexts, sectionLines } from '../../src/domain/notice/model';
import {
  amountText,
  changeText,
  composeReport,
  periodPhrase,
  type ReportRequest,
  reportFigures,
  reportPeriods,
} from '../../src/domain/notice/report';
import type { WorkbookData } from '../../src/domain/report';
import { sampleData } from './noticeSample';

const data = sampleData();
function sampleReport(r: Omit<ReportRequest, 'issuedOn'> & { issuedOn?: string }, d: WorkbookData = data) {
  return composeReport(d.settings, { issuedOn: '2023-07-05', ...r }, reportFigures(d, r));
}
const items = (m: ReturnType<typeof sampleReport>, i: number) => sectionLines(m.sections[i]);

describe('periods', () => {
  it('gives each kind its period and the same period one year earlier', () => {
    expect(reportPeriods({ kind: 'thang', year: 2024, month: 2 })).toEqual({
      current: { from: '2024-02-01', to: '2024-02-29' },
      previous: { from: '2023-02-01', to: '2023-02-28' },
    });
    expect(reportPeriods({ kind: 'quy', year: 2025, quarter: 3 }).current).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
    });
    expect(reportPeriods({ kind: '6thang', year: 2025, half: 2 }).previous).toEqual({
      from: '2024-07-01',
      to: '2024-12-31',
    });
    expect(reportPeriods({ kind: 'nam', year: 2025 }).current).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodPhrase({ kind: 'quy', year: 2025, quarter: 2 })).toBe('quý II năm 2025');
  });
  it('writes small differences in words and the percent of the earlier figure', () => {
    expect(amountText(2, 'lượt')).toBe('hai lượt');
    expect(amountText(11, 'lượt')).toBe('11 lượt');
    expect(changeText(5, 4, 'lượt')).toBe('tăng một lượt, tương ứng 25%');
    expect(changeText(9, 13, 'trường hợp')).toBe('giảm bốn trường hợp, tương ứng 30,8%');
    expect(changeText(3, 3, 'vụ')).toBe('bằng cùng kỳ');
    expect(changeText(1, 0, 'tin')).toBe('tăng một tin (cùng kỳ chưa có)');
  });
});

describe('six-month review: first half of 2023 beside the first half of 2022', () => {
  const m = sampleReport({ kind: '6thang', year: 2023, half: 1 });
  const results = items(m, 0);

  it('has the ND30 header, the title, the subject and the addressee', () => {
    expect(m.header).toMatchObject({
      parentAgency: 'UBND XÃ THIỆN THUẬT',
      agency: 'THÔN PÁC KHUÔNG',
      placeDate: 'Thiện Thuật, ngày 05 tháng 7 năm 2023',
    });
    expect(m.title).toBe('BÁO CÁO');
    expect(m.subject).toBe('Sơ kết 6 tháng đầu năm 2023 mô hình “Thôn Pác Khuông tự quản về ANTT”');
    expect(m.addressee).toBe('Kính gửi: Công an xã Thiện Thuật.');
    expect(m.sections.map((s) => s.heading)).toEqual([
      'I. Kết quả thực hiện',
      'II. Tồn tại, hạn chế và nguyên nhân',
      'III. Phương hướng, nhiệm vụ 6 tháng cuối năm 2023',
    ]);
  });

  it('states each figure beside the same period a year earlier, with the difference', () => {
    expect(results[0]).toContain('so với cùng kỳ 6 tháng đầu năm 2022 (từ ngày 01/01/2022 đến ngày 30/06/2022)');
    expect(results).toEqual(
      expect.arrayContaining([
        '- Hộ gia đình trên địa bàn: 106 hộ (cùng kỳ: 105 hộ; tăng một hộ, tương ứng 1%).',
        '- Buổi sinh hoạt, tuyên truyền: 04 buổi (cùng kỳ: 05 buổi; giảm một buổi, tương ứng 20%).',
        '- Camera an ninh lắp đặt mới: 01 mắt (cùng kỳ: 01 mắt; bằng cùng kỳ).',
        '- Camera an ninh trên địa bàn: 05 mắt (cùng kỳ: 03 mắt; tăng hai mắt, tương ứng 66,7%).',
        '- Tuần tra, kiểm soát: 10 lượt (cùng kỳ: 10 lượt; bằng cùng kỳ).',
        '- Lượt thành viên tham gia tuần tra: 57 lượt (cùng kỳ: 41 lượt; tăng 16 lượt, tương ứng 39%).',
        '- Nhắc nhở trường hợp vi phạm: 09 trường hợp (cùng kỳ: 13 trường hợp; giảm bốn trường hợp, tương ứng 30,8%).',
        '- Tin báo, tố giác chuyển cơ quan Công an: 01 tin (cùng kỳ: chưa có; tăng một tin (cùng kỳ chưa có)).',
        '- Hộ gia đình tham gia sinh hoạt, tuyên truyền: 84% (89/106) (cùng kỳ: 85,7% (90/105); ' +
          'giảm 1,7 điểm phần trăm).',
        '- Thành viên tham gia tuần tra: 47,9% (56/117) (cùng kỳ: 33,9% (40/118); tăng 14 điểm phần trăm).',
      ]),
    );
  });

  it('names each target not met as a shortcoming, and takes the directions from the settings', () => {
    expect(items(m, 1)).toEqual([
      '- Hộ gia đình tham gia sinh hoạt, tuyên truyền mới đạt 84% (89/106), chưa đạt mục tiêu 90%.',
      '- Thành viên tham gia tuần tra mới đạt 47,9% (56/117), chưa đạt mục tiêu 80%.',
    ]);
    const d = sampleData();
    d.settings.ton_tai_han_che = ['một số thành viên chưa tham gia đầy đủ'];
    d.settings.phuong_huong = ['Duy trì tuần tra 02 lượt mỗi tháng'];
    const own = sampleReport({ kind: '6thang', year: 2023, half: 1 }, d);
    expect(items(own, 1)[2]).toBe('- Một số thành viên chưa tham gia đầy đủ.');
    expect(items(own, 2)).toEqual(['- Duy trì tuần tra 02 lượt mỗi tháng.']);
  });

  it('closes with the report formula and the ND30 signer block; no name from the records', () => {
    expect(m.closing).toBe(
      'Trên đây là báo cáo sơ kết 6 tháng đầu năm 2023 của mô hình “Thôn Pác Khuông tự quản về ANTT”, ' +
        'kính báo cáo Công an xã Thiện Thuật xem xét, chỉ đạo./.',
    );
    expect(m.recipients.lines).toEqual(['- Như kính gửi;', '- UBND xã Thiện Thuật;', '- Lưu: VT.']);
    expect(m.signature).toEqual({ authority: 'TM. BAN ĐẠI DIỆN', post: 'TRƯỞNG BAN', name: '' });
    const all = noticeTexts(m).join('\n');
    for (const p of [...data.members, ...data.supervised]) expect(all).not.toContain(p.name);
    expect(all).not.toMatch(/đảm bảo/);
    const layout = layoutNotice(m);
    expect(layout.blocks.find((b) => b.kind === 'paragraph' && b.role === 'addressee')).toBeTruthy();
  });
});

describe('annual review: 2022 beside 2021', () => {
  const m = sampleReport({ kind: 'nam', year: 2022, issuedOn: '2023-01-10' });
  it('states the year figures with their differences and the unmet targets', () => {
    expect(m.subject).toBe('Tổng kết năm 2022 mô hình “Thôn Pác Khuông tự quản về ANTT”');
    expect(items(m, 0)).toEqual(
      expect.arrayContaining([
        '- Buổi sinh hoạt, tuyên truyền: 11 buổi (cùng kỳ: 04 buổi; tăng bảy buổi, tương ứng 175%).',
        '- Tuần tra, kiểm soát: 21 lượt (cùng kỳ: 12 lượt; tăng chín lượt, tương ứng 75%).',
        '- Lượt học sinh dự tuyên truyền: 1.000 lượt (cùng kỳ: 420 lượt; tăng 580 lượt, tương ứng 138,1%).',
        '- Lễ hội, sự kiện được bảo đảm ANTT: 01 lượt (cùng kỳ: chưa có; tăng một lượt (cùng kỳ chưa có)).',
        '- Tuần tra theo kế hoạch: 87,5% (21/24) (cùng kỳ: 50% (12/24); tăng 37,5 điểm phần trăm).',
        '- Hoà giải thành: 66,7% (02/03) (cùng kỳ: 100% (02/02); giảm 33,3 điểm phần trăm).',
      ]),
    );
    expect(items(m, 1)).toEqual([
      '- Hộ ký đủ các cam kết bắt buộc mới đạt 99,1% (105/106), chưa đạt mục tiêu 100%.',
      '- Thành viên tham gia tuần tra mới đạt 71,8% (84/117), chưa đạt mục tiêu 80%.',
    ]);
    expect(m.sections[2].heading).toBe('III. Phương hướng, nhiệm vụ năm 2023');
  });
});
