import { firstLines, templateTrust } from '../../src/domain/notice/templateTrust';

describe('templateTrust', () => {
  const owner = 'ThuKy@Example.com';
  it("trusts the spreadsheet owner's template (emails compared without case or spaces)", () => {
    expect(templateTrust({ owner: ' thuky@example.com ', spreadsheetOwner: owner, sharedFolder: null })).toEqual({
      trusted: true,
      reason: 'Mẫu của chủ bảng tính ( thuky@example.com ).',
    });
  });
  it("trusts a template in the spreadsheet's folder whoever owns it", () => {
    expect(templateTrust({ owner: 'a@example.com', spreadsheetOwner: owner, sharedFolder: 'ANTT' })).toEqual({
      trusted: true,
      reason: 'Mẫu nằm trong thư mục của bảng tính ("ANTT").',
    });
  });
  it('refuses anything else, naming who owns it', () => {
    expect(templateTrust({ owner: 'a@example.com', spreadsheetOwner: owner, sharedFolder: null })).toMatchObject({
      trusted: false,
      reason: `Mẫu thuộc a@example.com, không phải chủ bảng tính (${owner}), và không nằm trong thư mục của bảng tính.`,
    });
    expect(templateTrust({ owner: '', spreadsheetOwner: owner, sharedFolder: null }).reason).toMatch(
      /^Mẫu thuộc người không rõ,/,
    );
  });
  it('never trusts on two unknown owners', () => {
    expect(templateTrust({ owner: '', spreadsheetOwner: '', sharedFolder: null })).toEqual({
      trusted: false,
      reason: 'Drive không cho biết chủ và thư mục của bảng tính, nên không kiểm tra được nguồn của mẫu.',
    });
  });
});

describe('firstLines', () => {
  it('keeps the first 3 non-empty paragraphs, spaces folded, each cut to 200 characters', () => {
    const long = 'x'.repeat(250);
    expect(firstLines(['', '  a \t b ', '\n', long, 'c', 'd'])).toEqual(['a b', `${'x'.repeat(199)}…`, 'c']);
    expect(firstLines([])).toEqual([]);
  });
});
