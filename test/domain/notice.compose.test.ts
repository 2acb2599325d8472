/**
 * The notice composed for the sample village Pác Khuông (23/06/2021 – 15/06/2023) says
 * what the district notice (seed) says, section by section, from the data.
 */
import { computeCompliance } from '../../src/domain/compliance';
import { composeNotice } from '../../src/domain/notice/compose';
import { emptyFacts, noticeFacts } from '../../src/domain/notice/facts';
import { noticeTexts } from '../../src/domain/notice/model';
import type { ComplianceReport } from '../../src/domain/report';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { composeSample, sampleData, section, seed } from './noticeSample';

const seedNotice = seed();
const model = composeSample();
const s3 = section(model, 3).join(' ');

/** A count written as "00" (or "0" standing alone as a figure) anywhere. */
const ZERO = /(^|[^\d.,/])0{1,2}(?=[^\d.,%]|$)/;

describe('header, title and subject (ND30)', () => {
  it('has the agencies, the number and the place-date line', () => {
    expect(model.header).toEqual({
      parentAgency: 'UBND HUYỆN BÌNH GIA',
      agency: 'BAN CHỈ ĐẠO 138',
      number: 'Số: 01/TB-BCĐ',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Bình Gia, ngày 20 tháng 6 năm 2023',
    });
    // The seed's header lines, with the blanks filled.
    expect(seedNotice.lines).toContain('Số: /TB-BCĐ');
    expect(seedNotice.lines).toContain('Bình Gia, ngày tháng năm 2023');
  });

  it('pads day < 10 and months 1–2 in the place-date line, and numbers < 10', () => {
    expect(composeSample({ issuedOn: '2023-02-05', number: 7 }).header).toMatchObject({
      placeDate: 'Bình Gia, ngày 05 tháng 02 năm 2023',
      number: 'Số: 07/TB-BCĐ',
    });
    expect(composeSample({ issuedOn: '2023-11-09', number: 12 }).header).toMatchObject({
      placeDate: 'Bình Gia, ngày 09 tháng 11 năm 2023',
      number: 'Số: 12/TB-BCĐ',
    });
    expect(composeSample({ issuedOn: '2024-01-31' }).header.placeDate).toBe('Bình Gia, ngày 31 tháng 01 năm 2024');
  });

  it('has the seed title and subject line, and the Doc name', () => {
    expect(model.title).toBe('THÔNG BÁO');
    expect(model.subject).toBe(seedNotice.subject);
    expect(model.docName).toBe('Thông báo kết quả mô hình Thôn Pác Khuông tự quản về ANTT – 20/06/2023');
  });

  it('has the four numbered sections of the seed, in order', () => {
    expect(model.sections.map((s) => s.heading)).toEqual(seedNotice.headings);
  });
});

describe('1. Đặc điểm tình hình', () => {
  const s1 = section(model, 1).join(' ');
  it('has the area, the borders, households and residents, ethnic groups and economy', () => {
    expect(s1).toContain('Thôn Pác Khuông, xã Thiện Thuật có diện tích 189,33 Ha');
    const borders = /phía Bắc .*Pò Sè/.exec(seedNotice.section1)![0];
    expect(s1).toContain(borders);
    expect(s1).toContain('Có 106 hộ dân sinh sống với 415 nhân khẩu.');
    expect(seedNotice.section1).toContain('Có 106 hộ dân sinh sống với 415 nhân khẩu.');
    expect(s1).toContain('nhiều dân tộc cùng chung sống như: Nùng, Tày, Kinh.');
    expect(s1).toContain(/Cộng đồng các dân tộc .*gia súc\./.exec(seedNotice.section1)![0]);
  });
});

describe('2. Công tác chỉ đạo, triển khai thực hiện mô hình', () => {
  const lines = section(model, 2);
  const s2 = lines.join(' ');
  it('has the founding day, the decision, teams, members and the board', () => {
    expect(s2).toContain('Ngày 23/6/2021');
    expect(s2).toContain('Quyết định số 68/QĐ-UBND');
    expect(s2).toContain('tính đến ngày 15/6/2023, mô hình có 06 tổ với 117 thành viên');
    expect(s2).toContain('01 Ban đại diện gồm 07 thành viên quản lý các tổ');
  });
  it('lists the tasks as "+ …" paragraphs, word for word as the seed', () => {
    expect(lines.filter((l) => l.startsWith('+ '))).toEqual(seedNotice.tasks);
  });
});

describe('3. Kết quả hoạt động của mô hình', () => {
  it('states the seed figures, in the seed order', () => {
    const facts = [
      'họp thôn, sinh hoạt chi bộ',
      'phương thức, thủ đoạn tội phạm, phòng cháy chữa cháy, lừa đảo qua mạng',
      'phòng chống đuối nước',
      'trên 90% hộ gia đình (97/106 hộ, đạt 91,5%)',
      // Commitments as prose, the seed's words (issue 16), not the list labels.
      'ký cam kết 100% hộ gia đình trong thôn (106/106 hộ) đăng ký xây dựng gia đình văn hoá, khu dân cư an toàn ' +
        'về ANTT, cam kết không buôn bán, tàng trữ, sử dụng trái phép chất ma tuý; không tàng trữ, sử dụng trái ' +
        'phép vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo.',
      // Issued in 2023: the card was still the "căn cước công dân" (thẻ căn cước since 01/7/2024).
      'vận động 100% người dân từ đủ 14 tuổi trở lên (365/365 người) đến làm thủ tục cấp căn cước công dân và kích ' +
        'hoạt định danh điện tử mức độ 1, mức độ 2',
      'Phối hợp quản lý giáo dục 02 đối tượng tù tha, 02 án treo trên địa bàn bảo đảm không tái phạm tội và ' +
        'các hành vi vi phạm pháp luật.',
      'Phối hợp lắp đặt 05 mắt Camera an ninh',
      'tuần tra, kiểm soát 43 lượt với 209 lượt thành viên tham gia, nhắc nhở 43 trường hợp có hành vi kinh doanh ' +
        'quá giờ quy định; 07 trường hợp lấn chiếm lòng đường, vỉa hè; 05 trường hợp xả rác không đúng nơi quy định',
      'Phối hợp Công an xã Thiện Thuật, Trường THPT Pác Khuông tuyên truyền về an toàn giao thông, ' +
        'phòng, chống bạo lực học đường, phòng cháy chữa cháy được 05 buổi với 1.700 học sinh tham gia',
      'Hỗ trợ bảo đảm ANTT cho Lễ hội Háng Pò (02 lần tổ chức).',
    ];
    let at = -1;
    for (const f of facts) {
      const i = s3.indexOf(f);
      expect([f, i >= 0]).toEqual([f, true]);
      expect([f, i > at]).toEqual([f, true]);
      at = i;
    }
    // The same figures are in the seed's section 3.
    for (const f of [
      'trên 90%',
      'ký cam kết 100% hộ gia đình',
      'Phối hợp quản lý giáo dục 02 đối tượng tù tha, 02 án treo',
      '05 mắt Camera',
      'tuần tra, kiểm soát 43 lượt với 209 lượt thành viên tham gia, nhắc nhở 43 trường hợp',
      '07 trường hợp lấn chiếm lòng đường, vỉa hè; 05 trường hợp xả rác',
      'Háng Pò',
    ]) {
      expect(seedNotice.section3).toContain(f);
    }
  });

  it('states the other non-zero figures of the period too', () => {
    expect(s3).toMatch(/^Từ khi thành lập \(ngày 23\/6\/2021\) đến ngày 15\/6\/2023, /);
    expect(s3).toContain('tổ chức 14 buổi tuyên truyền');
    expect(s3).toContain('263 người (72,1%) đã kích hoạt mức độ 2');
    expect(s3).toContain('hiện có 05/05 mắt đang hoạt động');
    expect(s3).toContain('(tổng cộng 55 trường hợp)');
    expect(s3).toContain('Có 15 lượt tuần tra phối hợp với Công an xã');
    expect(s3).toContain('số lượt tuần tra đạt 86% kế hoạch (43/50 lượt)');
    expect(s3).toContain('98/117 thành viên (83,8%) đã trực tiếp tham gia tuần tra');
    expect(s3).toContain('Phối hợp hoà giải thành 05/06 vụ việc');
    expect(s3).toContain('(đạt 83,3%)');
    expect(s3).toContain('Tiếp nhận, phản ánh 03 tin báo, tố giác');
  });

  it('writes decimal commas and thousands dots, never "00"', () => {
    expect(s3).not.toMatch(/\d\.\d%/);
    expect(s3).not.toContain('1700');
    for (const t of noticeTexts(model)) expect(t).not.toMatch(ZERO);
  });

  it('leaves the padding out when dem_so_0 is off', () => {
    const data = sampleData();
    data.settings.dem_so_0 = false;
    const m = composeSample({}, SAMPLE_PERIOD, data);
    const text = section(m, 3).join(' ');
    expect(text).toContain('quản lý giáo dục 2 đối tượng tù tha, 2 án treo');
    expect(text).toContain('5 mắt Camera');
    expect(text).toContain('5 buổi với 1.700 học sinh');
    expect(section(m, 2).join(' ')).toContain('6 tổ với 117 thành viên và 1 Ban đại diện gồm 7 thành viên');
    expect(m.header.number).toBe('Số: 01/TB-BCĐ'); // ND30 numbers are always padded
  });
});

describe('zero figures are left out', () => {
  const data = sampleData();
  const base = computeCompliance(data, SAMPLE_PERIOD);
  const facts = noticeFacts(data, SAMPLE_PERIOD);
  const compose = (report: ComplianceReport, f = facts) =>
    composeNotice(data.settings, report, { issuedOn: '2023-06-20', number: 1, facts: f });
  const zeroed = (patch: Partial<ComplianceReport['counts']>): ComplianceReport => ({
    ...base,
    counts: { ...base.counts, ...patch },
  });

  it('drops the sentence or clause of each zero count', () => {
    const text = section(
      compose(
        zeroed({
          cameras: 0,
          camerasWorking: 0,
          supervised: 0,
          supervisedByType: { 'Tù tha': 0, 'Án treo': 0 },
          patrolsWithPolice: 0,
          eventsSupported: 0,
          tips: 0,
          remindersByCategory: {
            'Kinh doanh quá giờ quy định': 43,
            'Lấn chiếm lòng đường, vỉa hè': 0,
            'Xả rác không đúng nơi quy định': 5,
          },
          reminders: 48,
        }),
      ),
      3,
    ).join(' ');
    expect(text).not.toMatch(/Camera|quản lý giáo dục|phối hợp với Công an xã;|lễ hội|tin báo|lấn chiếm/);
    expect(text).toContain('nhắc nhở 43 trường hợp có hành vi kinh doanh quá giờ quy định; 05 trường hợp xả rác');
    expect(text).not.toMatch(ZERO);
  });

  it('says there is nothing yet when every figure of the period is zero, with no "0" anywhere', () => {
    const period = { from: '2030-01-01', to: '2030-12-31' };
    const empty = computeCompliance(
      { ...data, households: [], residents: [], members: [], teams: [], cameras: [], supervised: [] },
      period,
    );
    const m = composeNotice(data.settings, empty, { issuedOn: '2031-01-10', number: 3, facts: emptyFacts() });
    expect(section(m, 3)).toEqual([
      'Từ ngày 1/1/2030 đến ngày 31/12/2030, chưa có số liệu hoạt động của mô hình được ghi nhận.',
    ]);
    expect(section(m, 1).join(' ')).not.toMatch(/hộ dân|nhân khẩu/);
    expect(section(m, 2).join(' ')).not.toMatch(/mô hình có/);
    for (const t of noticeTexts(m)) expect(t).not.toMatch(ZERO);
  });
});

describe('4. kinh nghiệm, closing, recipients, signature', () => {
  it('writes each lesson as "Một là, …" … "Sáu là, …", word for word as the seed', () => {
    expect(section(model, 4).slice(1)).toEqual(seedNotice.lessons);
  });

  it("ends the body with the seed's closing: the issuer announces, the addressees study and apply ./.", () => {
    expect(model.closing).toBe(
      'Ban Chỉ đạo 138 huyện Bình Gia thông báo kết quả, kinh nghiệm trong công tác xây dựng, nhân rộng mô hình ' +
        '“Thôn Pác Khuông tự quản về ANTT” trong phong trào toàn dân bảo vệ an ninh Tổ quốc để UBND các xã trên ' +
        'địa bàn nghiên cứu, tham khảo, vận dụng./.',
    );
    const last = seedNotice.lines[seedNotice.lines.indexOf('Nơi nhận:') - 1];
    expect(last).toMatch(/^Ban Chỉ đạo 138 huyện Bình Gia thông báo .* để UBND các xã trên địa bàn nghiên cứu/);
  });

  it('has Nơi nhận as "- …;" lines and the archive line last', () => {
    expect(model.recipients).toEqual({
      label: 'Nơi nhận:',
      lines: ['- Thường trực BCĐ 138 tỉnh;', '- BCĐ 138 huyện;', '- UBND các xã, thị trấn;', '- Lưu: VT, CAH.'],
    });
    expect(seedNotice.lines).toEqual(
      expect.arrayContaining([
        'Nơi nhận:',
        '- Thường trực BCĐ 138 tỉnh;',
        '- BCĐ 138 huyện;',
        '- UBND các xã, thị trấn;',
      ]),
    );
  });

  it('has the seed signature block', () => {
    expect(model.signature).toEqual({ authority: 'TRƯỞNG BAN', post: 'CHỦ TỊCH UBND HUYỆN', name: 'Nguyễn Mạnh Tuấn' });
    expect(seedNotice.lines.slice(-3)).toEqual(['TRƯỞNG BAN', 'CHỦ TỊCH UBND HUYỆN', 'Nguyễn Mạnh Tuấn']);
  });

  it('takes signer, authority and recipients from the dialog; adds "- Lưu: VT." when missing', () => {
    const m = composeSample({
      signer: 'Hoàng Thị Lan',
      authority: 'kt. trưởng ban',
      recipients: ['- Công an huyện;', 'Lưu: VT.', 'Đảng uỷ xã'],
    });
    expect(m.signature).toMatchObject({ name: 'Hoàng Thị Lan', authority: 'KT. TRƯỞNG BAN' });
    expect(m.recipients.lines).toEqual(['- Công an huyện;', '- Đảng uỷ xã;', '- Lưu: VT.']);
    expect(composeSample({ recipients: ['UBND xã'] }).recipients.lines).toEqual(['- UBND xã;', '- Lưu: VT.']);
  });

  it('leaves section 4 out (and renumbers nothing) when there is no lesson', () => {
    const data = sampleData();
    data.settings.kinh_nghiem = [];
    const m = composeSample({}, SAMPLE_PERIOD, data);
    expect(m.sections.map((s) => s.heading)).toEqual(seedNotice.headings.slice(0, 3));
  });
});

describe('another period', () => {
  it('counts only that period and names it', () => {
    const m = composeSample({}, { from: '2022-01-01', to: '2022-12-31' });
    const text = section(m, 3).join(' ');
    expect(text).toMatch(/^Từ ngày 1\/1\/2022 đến ngày 31\/12\/2022, /);
    expect(text).not.toContain('43 lượt với 209');
    expect(text).toMatch(/tuần tra, kiểm soát \d+ lượt/);
  });
});

describe('commitments by type (defect 6)', () => {
  const DRUGS = 'Không ma tuý';
  /** The sample with the 2023 commitment of `type` of the n-th household that signed it taken away. */
  const without = (drops: [type: string, nth: number][]) => {
    const data = sampleData();
    for (const [type, nth] of drops) {
      const signed = data.commitments.filter((c) => c.year === 2023 && c.type === type && c.status === 'Đã ký');
      data.commitments = data.commitments.filter((c) => c !== signed[nth]);
    }
    return section(composeSample({}, SAMPLE_PERIOD, data), 3).join(' ');
  };
  const types = (text: string) => text.match(/Theo từng loại cam kết: ([^.]*)\./)?.[1].split('; ') ?? [];

  it('has no per-type list when every type has the overall figure (the seed)', () => {
    expect(s3).toContain('ký cam kết 100% hộ gia đình trong thôn (106/106 hộ)');
    expect(s3).not.toContain('Theo từng loại');
  });

  it('lists every type, the one short of 100 % included, when one type explains the overall figure', () => {
    const text = without([[DRUGS, 0]]);
    expect(text).toContain('ký cam kết 99,1% hộ gia đình trong thôn (105/106 hộ)');
    expect(types(text)).toEqual([
      '“Gia đình văn hoá” đạt 100% (106/106 hộ)',
      '“Khu dân cư an toàn về ANTT” đạt 100% (106/106 hộ)',
      '“Không ma tuý” đạt 99,1% (105/106 hộ)',
      '“Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo” đạt 100% (106/106 hộ)',
    ]);
  });

  it('lists every type when two types are short for different households', () => {
    const text = without([
      [DRUGS, 0],
      ['Gia đình văn hoá', 5],
    ]);
    expect(text).toContain('ký cam kết 98,1% hộ gia đình trong thôn (104/106 hộ)');
    expect(types(text)).toHaveLength(4);
    expect(types(text)).toContain('“Gia đình văn hoá” đạt 99,1% (105/106 hộ)');
    expect(types(text)).toContain('“Không ma tuý” đạt 99,1% (105/106 hộ)');
  });
});

describe('wording (issue 16)', () => {
  const all = noticeTexts(model).join('\n');
  it('says "bảo đảm" throughout, settings text included, and mends the seed typos', () => {
    expect(all).not.toMatch(/đảm bảo/i);
    expect(all.match(/bảo đảm/g)!.length).toBeGreaterThanOrEqual(10);
    expect(all).toContain('chú trọng công tác giáo dục truyền thống');
    expect(all).toContain('cộng đồng dân cư, lồng ghép, gắn kết');
    expect(all).not.toMatch(/trú trọng|lòng ghép/);
  });

  it('writes "căn cước và định danh điện tử" and "phòng, chống bạo lực học đường"', () => {
    expect(s3).toContain('lừa đảo qua mạng, ma tuý, phòng chống đuối nước, căn cước và định danh điện tử với 758 lượt');
    expect(s3).not.toMatch(/căn cước, định danh/);
    expect(s3).toContain('phòng, chống bạo lực học đường');
  });

  it('names the card "thẻ căn cước" in a notice issued from 01/7/2024', () => {
    const later = section(composeSample({ issuedOn: '2024-07-01' }), 3).join(' ');
    expect(later).toContain('đến làm thủ tục cấp thẻ căn cước và kích hoạt định danh điện tử');
    expect(later).not.toContain('căn cước công dân');
    expect(section(composeSample({ issuedOn: '2024-06-30' }), 3).join(' ')).toContain('cấp căn cước công dân');
  });

  it('says cameras installed in the period apart from the cameras on the ground (flow vs stock)', () => {
    const half = section(composeSample({}, { from: '2023-01-01', to: '2023-06-30' }), 3).join(' ');
    expect(half).toContain('Phối hợp lắp đặt thêm 01 mắt Camera an ninh; đến nay trên địa bàn có 05 mắt Camera');
    expect(half).not.toContain('lắp đặt 05');
    const none = section(composeSample({ issuedOn: '2025-01-10' }, { from: '2024-01-01', to: '2024-06-30' }), 3);
    expect(none.join(' ')).toContain('Duy trì 06 mắt Camera an ninh');
    expect(none.join(' ')).not.toContain('lắp đặt');
  });

  it('says so when a period had no patrol and no session', () => {
    const none = section(composeSample({ issuedOn: '2025-01-10' }, { from: '2024-01-01', to: '2024-06-30' }), 3);
    const text = none.join(' ');
    expect(text).toMatch(
      /^Từ ngày 1\/1\/2024 đến ngày 30\/6\/2024, mô hình chưa tổ chức buổi tuyên truyền, vận động nào trong kỳ\. /,
    );
    expect(text).toContain('Mô hình chưa tổ chức tuần tra, kiểm soát trong kỳ (kế hoạch 02 lượt mỗi tháng).');
    expect(s3).not.toContain('chưa tổ chức');
  });
});
