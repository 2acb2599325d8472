/**
 * The text of "Hướng dẫn", in plain Vietnamese: how to start, each form with its menu
 * path, the sheets, the figures, the notice, the sample village as a worked example,
 * sharing with the board and what to do at Google's limits. Data only (no DOM), so the
 * figures of the example can be checked against the sample village by a test.
 */
import { type PlainKey, t } from '../../domain/i18n';
import type { FormPlace } from '../../domain/registry/define';
import { RECORD_TYPES } from '../../domain/registry/recordTypes';
import { recordText } from '../../domain/recordStrings';
import { SHEET } from '../../domain/sheets';

/** `ANTT tự quản › <item>` as the menu shows it. */
export const menuPath = (key: PlainKey): string => `${t('menu.title')} › ${t(key)}`;

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'steps'; items: string[] }
  | { kind: 'list'; items: string[] }
  /** A form: its menu path, what it records, the sheets it writes. */
  | { kind: 'forms'; items: { path: string; what: string; sheets: string }[] };

export interface HelpSection {
  id: string;
  title: string;
  blocks: Block[];
}

/**
 * The sample village's figures quoted in the example (period from its founding to the last
 * record): `test/bundle/help.test.ts` checks each against the compliance of the sample.
 */
export const SAMPLE_EXAMPLE = {
  from: '2021-06-23',
  to: '2023-06-15',
  households: 106,
  teams: 6,
  members: 117,
  patrols: 43,
  patrolParticipations: 209,
  patrolPlan: { numerator: 43, denominator: 50, percent: '86' },
  householdParticipation: { numerator: 97, denominator: 106, percent: '91,5' },
  schoolSessions: 5,
  schoolAttendees: '1.700',
  cameras: 5,
} as const;

const vnDay = (iso: string) => iso.split('-').reverse().join('/');
const ex = SAMPLE_EXAMPLE;

/** What each sheet holds, in a line (the sheets of SPEC §2). */
export const SHEET_HELP: Record<string, string> = {
  [SHEET.settings]:
    'Thông tin của thôn và của thông báo: tên thôn, xã, huyện, người ký, nơi nhận, mục tiêu… Điền cột "Giá trị".',
  [SHEET.lists]: 'Các danh sách cho ô chọn (loại cam kết, loại nhắc nhở, vai trò…). Có thể thêm dòng mới.',
  // One line per record type of the registry (its `record.<key>.help`).
  ...Object.fromEntries(RECORD_TYPES.map((r) => [r.name, recordText(r.key, 'help')])),
  [SHEET.summary]: 'Tiện ích ghi bảng tổng hợp và 3 biểu đồ của kỳ bạn chọn. Đừng nhập vào đây.',
  [SHEET.log]: 'Tiện ích ghi ai đã làm gì, lúc nào. Đừng sửa.',
};

/** The record types entered in a sidebar: their form titles or sheet names, in sheet order. */
const namesOf = (form: FormPlace, what: 'title' | 'name'): string =>
  RECORD_TYPES.filter((r) => r.form === form)
    .map((r) => (what === 'name' ? r.name : recordText(r.key, 'title')))
    .join(what === 'name' ? ', ' : '; ');

export function helpSections(): HelpSection[] {
  return [
    {
      id: 'start',
      title: 'Bắt đầu',
      blocks: [
        {
          kind: 'p',
          text:
            'Tiện ích giúp thôn ghi chép hoạt động của mô hình tự quản về an ninh trật tự, ' +
            'xem tỷ lệ tuân thủ theo kỳ và tạo dự thảo thông báo kết quả trên Google Docs.',
        },
        {
          kind: 'steps',
          items: [
            `Chọn ${menuPath('menu.setup')}. Tiện ích tạo các trang và cột cần thiết rồi mở trang ` +
              `"${SHEET.settings}". Chạy lại bất cứ lúc nào nếu lỡ xoá trang hay đổi tên cột: dữ liệu không bị xoá. ` +
              'Trang trống có sẵn của bảng tính mới (Trang tính1) được để nguyên; không dùng thì có thể xoá.',
            `Điền trang "${SHEET.settings}": tên thôn, xã, huyện, tỉnh, ngày thành lập mô hình, người ký, ` +
              'nơi nhận (mỗi dòng một nơi), mục tiêu của từng tỷ lệ.',
            `Nhập tổ, thành viên, hộ gia đình và nhân khẩu qua ${menuPath('menu.registry')}, ` +
              'hoặc dán danh sách có sẵn thẳng vào các trang.',
            'Ghi chép hằng ngày qua các biểu mẫu bên dưới.',
            `Cuối kỳ: ${menuPath('menu.compliance')} để xem số liệu, rồi ${menuPath('menu.notice')} để có văn bản.`,
          ],
        },
        {
          kind: 'p',
          text:
            'Muốn thử trước? Trong một bảng tính trống (hoặc một bản sao), chọn ' +
            `${menuPath('menu.sample')} — xem ví dụ bên dưới.`,
        },
      ],
    },
    {
      id: 'forms',
      title: 'Ghi chép qua biểu mẫu',
      blocks: [
        {
          kind: 'p',
          text:
            'Mỗi biểu mẫu mở ở thanh bên phải. Ô sai được đánh dấu đỏ kèm lý do, không có gì được ghi cho đến khi ' +
            'sửa xong. Bấm Lưu hai lần cũng chỉ ghi một lần.',
        },
        {
          kind: 'forms',
          items: [
            {
              path: menuPath('menu.patrol'),
              what:
                'Một lần tuần tra: ngày, giờ, tổ, thành viên tham gia (tick theo tổ, tìm tên không cần dấu), ' +
                'số người, có phối hợp Công an xã không, kết quả; thêm các trường hợp nhắc nhở ngay trong lần ghi.',
              sheets: `${SHEET.patrols}, ${SHEET.reminders}`,
            },
            {
              path: menuPath('menu.commitments'),
              what:
                'Ký cam kết theo lô: chọn năm, loại cam kết (hoặc mọi loại bắt buộc), tick từng hộ hay cả tổ. ' +
                'Hộ đã ký hiện sẵn, không ghi trùng.',
              sheets: SHEET.commitments,
            },
            {
              path: menuPath('menu.activity'),
              what: t('help.activityWhat', { types: namesOf('activity', 'title') }),
              sheets: namesOf('activity', 'name'),
            },
            {
              path: menuPath('menu.registry'),
              what: t('help.registryWhat', { types: namesOf('registry', 'title') }),
              sheets: namesOf('registry', 'name'),
            },
            {
              path: menuPath('menu.lookup'),
              what:
                'Tìm bản ghi của bất kỳ trang nào (gõ không dấu cũng được, lọc theo khoảng ngày và theo tổ), ' +
                'mở ra sửa trong đúng biểu mẫu đã dùng để thêm, hoặc xoá — tiện ích hỏi lại và nêu rõ những gì ' +
                'bị xoá kèm (nhắc nhở của lượt tuần tra; nhân khẩu, cam kết của hộ). Sau mỗi lần lưu, các biểu mẫu ' +
                'trên có nút "Sửa bản ghi vừa lưu"; bản ghi có thể bị trùng được báo trước, bấm "Vẫn lưu" nếu đúng ' +
                'là bản ghi mới. Ngày luôn gõ dạng dd/mm/yyyy, giờ dạng 24 tiếng HH:mm.',
              sheets: RECORD_TYPES.map((r) => r.name).join(', '),
            },
          ],
        },
        {
          kind: 'p',
          text:
            'Gõ thẳng vào trang cũng được: ngày dạng dd/mm/yyyy, ô chọn lấy từ trang ' +
            `"${SHEET.lists}", cột Mã để trống cũng được. ${menuPath('menu.validate')} chỉ ra từng ô ` +
            'không đọc được và điền các mã còn trống.',
        },
      ],
    },
    {
      id: 'sheets',
      title: 'Các trang trong bảng tính',
      blocks: [
        {
          kind: 'p',
          text:
            'Dòng 1 là tiêu đề, do tiện ích quản lý. Bạn có thể đổi thứ tự cột hay thêm cột riêng ở bên ' +
            'phải; tiện ích tìm cột theo tên.',
        },
      ],
    },
    {
      id: 'figures',
      title: 'Số liệu và biểu đồ',
      blocks: [
        {
          kind: 'p',
          text:
            `${menuPath('menu.compliance')} mở thanh bên: chọn kỳ (tháng này, quý, 6 tháng, năm, ` +
            'năm theo Thông tư 124, từ khi thành lập, hoặc tự chọn ngày) rồi bấm Xem.',
        },
        {
          kind: 'list',
          items: [
            'Mỗi tỷ lệ ghi rõ đạt được / trên tổng số, vạch mục tiêu và Đạt hay Chưa đạt. ' +
              'Mục tiêu sửa ở trang "Cài đặt" (các dòng "Mục tiêu (%)").',
            'Cam kết tính theo năm của ngày cuối kỳ; hộ đã chuyển đi, thành viên đã rời tính đến ' +
              'ngày cuối kỳ thì không được tính.',
            'Bên dưới là các số liệu trong kỳ: lượt tuần tra, lượt thành viên tham gia, nhắc nhở, ' +
              'buổi tuyên truyền, hoà giải, camera…',
            'Bấm "Ghi vào trang Tổng hợp" để ghi bảng số liệu và 3 biểu đồ (tuần tra theo tháng, ' +
              `tỷ lệ so với mục tiêu, nhắc nhở theo loại) vào trang "${SHEET.summary}" cho cả Ban cùng xem.`,
            'Dòng nào không đọc được thì không được tính, và số dòng đó luôn được báo kèm nút Kiểm tra dữ liệu.',
          ],
        },
      ],
    },
    {
      id: 'notice',
      title: 'Thông báo kết quả (THÔNG BÁO)',
      blocks: [
        {
          kind: 'p',
          text:
            `${menuPath('menu.notice')} mở hộp thoại: chọn kỳ, ngày ban hành, số văn bản (tự tăng sau mỗi lần tạo), ` +
            'thẩm quyền ký, người ký và nơi nhận (lấy từ trang "Cài đặt", sửa được). Phần xem trước cho thấy số liệu ' +
            'chính và đoạn "Kết quả hoạt động" sẽ viết.',
        },
        {
          kind: 'list',
          items: [
            'Bấm Tạo thông báo: tiện ích tạo văn bản Google Docs theo thể thức Nghị định 30/2020/NĐ-CP, ' +
              'đặt cạnh bảng tính (nếu Drive cho phép) và hiện đường dẫn. Mở văn bản để sửa lời, in và ký.',
            'Google Docs không cho tiện ích đánh số trang: trong văn bản chọn Chèn › Số trang, bỏ số ở trang đầu.',
            'Số liệu bằng 0 được bỏ qua; văn bản chỉ có số tổng hợp, không có tên người trong các trang Đối tượng ' +
              'giúp đỡ, Nhắc nhở, Hoà giải, Nhân khẩu.',
            'Ngoài số liệu, văn bản chỉ ghi các mục của trang Danh mục: chủ đề, đơn vị phối hợp (danh mục "Đơn vị ' +
              'phối hợp"), lễ hội (danh mục "Lễ hội, sự kiện", chọn ở cột "Lễ hội, sự kiện" của sự kiện). Chữ gõ tự ' +
              'do như Nội dung, Ghi chú, Các bên không bao giờ vào văn bản. Mục danh mục có tên người bị bỏ ra; ' +
              'Kiểm tra dữ liệu chỉ rõ mục đó.',
            'Thôn có mẫu riêng: ghi đường dẫn Google Docs vào dòng "Mẫu thông báo" của trang Cài đặt; ' +
              'trong mẫu dùng các chỗ điền như {{so_ho}}, {{ty_le_cam_ket}} (danh sách đầy đủ có trong hộp thoại). ' +
              'Chỉ dùng được mẫu của chủ bảng tính, hoặc mẫu nằm trong thư mục của bảng tính; hộp thoại cho xem ' +
              'tên, chủ sở hữu và mấy dòng đầu của mẫu trước khi dùng.',
            'Mỗi văn bản có thêm bản PDF đặt cạnh (nút Mở bản PDF trong hộp thoại).',
            'Dòng "Cấp hành chính" của trang Cài đặt: "từ 01/7/2025" (Công an xã, Công an tỉnh; không còn cấp ' +
              'huyện) hoặc "trước 01/7/2025" (UBND huyện, Ban Chỉ đạo 138). Các dòng cơ quan, ký hiệu, địa danh, ' +
              'thẩm quyền ký, nơi nhận để trống thì được điền theo cấp đã chọn; "Hình thức ký" ghi TM. hoặc KT.',
          ],
        },
      ],
    },
    {
      id: 'report',
      title: 'Báo cáo định kỳ (BÁO CÁO)',
      blocks: [
        {
          kind: 'p',
          text:
            `${menuPath('menu.report')} mở hộp thoại: chọn báo cáo tháng, quý, sơ kết 6 tháng hoặc tổng kết năm, ` +
            'năm và tháng, quý hoặc nửa năm; phần xem trước hiện cả báo cáo. Bấm Tạo báo cáo để có văn bản ' +
            'Google Docs gửi Công an xã và bản PDF đặt cạnh.',
        },
        {
          kind: 'list',
          items: [
            'Mỗi số liệu được đặt cạnh cùng kỳ năm trước: tăng, giảm bao nhiêu và tương ứng bao nhiêu phần trăm.',
            'Mục Tồn tại, hạn chế tự ghi các tỷ lệ chưa đạt mục tiêu của trang Cài đặt, thêm các dòng của ' +
              '"Tồn tại, hạn chế (báo cáo)"; mục Phương hướng, nhiệm vụ lấy từ "Phương hướng, nhiệm vụ (báo cáo)".',
            'Người ký lấy từ dòng "Người ký báo cáo" (để trống thì ký tay).',
          ],
        },
      ],
    },
    {
      id: 'tt124',
      title: 'Tự đánh giá khu dân cư an toàn (Thông tư 124/2021/TT-BCA)',
      blocks: [
        {
          kind: 'p',
          text:
            `${menuPath('menu.tt124')} mở thanh bên: chọn năm đánh giá (mặc định từ 01/11 năm trước đến 31/10, ` +
            'theo Điều 8 của Thông tư; có thể nhập ngày khác). Mỗi tiêu chí trong 05 tiêu chí của Điều 4 được ' +
            'đánh giá Đạt, Chưa đạt hoặc Chưa đủ dữ liệu, kèm lý do và các bản ghi làm căn cứ (mã, ngày, loại).',
        },
        {
          kind: 'list',
          items: [
            'Tiêu chí 1: trang Nghị quyết, đăng ký (văn bản trong quý I) và cam kết "Khu dân cư an toàn về ANTT" ' +
              'của mọi hộ đang cư trú.',
            'Tiêu chí 2 là nhận định: Ban đại diện chọn Đạt hoặc Chưa đạt trong thanh bên.',
            'Tiêu chí 3, 4: trang Vụ việc; tiêu chí 4 so với cùng kỳ năm trước. Tiêu chí 5: tuần tra hằng tháng ' +
              'và Tổ bảo vệ ANTT. Tiêu chí 4, 5 theo cách hiểu chưa xác minh với văn bản chính thức.',
            'Tóm tắt vụ việc và tên người không bao giờ vào thanh bên hay văn bản. Bấm Tạo bản tự đánh giá để ' +
              'có văn bản gửi UBND xã và bản PDF đặt cạnh.',
          ],
        },
      ],
    },
    {
      id: 'example',
      title: 'Ví dụ: thôn Pác Khuông',
      blocks: [
        {
          kind: 'p',
          text:
            `Dữ liệu mẫu là thôn Pác Khuông: ${ex.households} hộ, ${ex.teams} tổ tự quản, ${ex.members} thành viên, ` +
            `thành lập mô hình ngày ${vnDay(ex.from)}. Sau khi nạp, chọn ${menuPath('menu.compliance')} với kỳ từ ` +
            `${vnDay(ex.from)} đến ${vnDay(ex.to)}, bạn sẽ thấy:`,
        },
        {
          kind: 'list',
          items: [
            `${ex.patrols} lượt tuần tra với ${ex.patrolParticipations} lượt thành viên tham gia; ` +
              'so với kế hoạch 4 lượt mỗi tháng là ' +
              `${ex.patrolPlan.numerator}/${ex.patrolPlan.denominator} = ${ex.patrolPlan.percent}%.`,
            `${ex.householdParticipation.numerator}/${ex.householdParticipation.denominator} hộ dự ít nhất một ` +
              `buổi sinh hoạt, tuyên truyền = ${ex.householdParticipation.percent}% (mục tiêu 90%: Đạt).`,
            `${ex.schoolSessions} buổi tuyên truyền tại trường học với ${ex.schoolAttendees} lượt học sinh; ` +
              `${ex.cameras} camera an ninh đang hoạt động.`,
          ],
        },
        {
          kind: 'p',
          text:
            `Thử ghi thêm một lần tuần tra ngày trong kỳ: con số ${ex.patrols} thành ${ex.patrols + 1}, ` +
            `và thông báo tạo sau đó cũng viết ${ex.patrols + 1} lượt.`,
        },
      ],
    },
    {
      id: 'share',
      title: 'Dùng chung với Ban đại diện',
      blocks: [
        {
          kind: 'list',
          items: [
            'Chia sẻ bảng tính (nút Chia sẻ) cho các thành viên Ban đại diện với quyền Người chỉnh sửa. ' +
              'Lần đầu dùng menu, mỗi người được Google hỏi cấp quyền cho tiện ích.',
            'Nhiều người ghi cùng lúc vẫn an toàn: mỗi lần lưu được xếp hàng, mã không bị trùng.',
            `Trang "${SHEET.supervised}" chỉ chủ bảng tính và những email ghi ở dòng "Người được sửa trang Đối ` +
              'tượng giúp đỡ" của trang Cài đặt sửa được; chạy lại Thiết lập bảng tính sau khi đổi danh sách này.',
            `Trang "${SHEET.log}" ghi lại ai đã lưu gì, lúc nào.`,
          ],
        },
      ],
    },
    {
      id: 'limits',
      title: 'Khi Google báo vượt giới hạn',
      blocks: [
        {
          kind: 'list',
          items: [
            'Mỗi tài khoản Google chỉ được tạo một số văn bản Docs mỗi ngày (khi viết hướng dẫn này: ' +
              '250 với tài khoản Gmail thường, 1.500 với Google Workspace). Gặp lỗi này thì chờ 24 giờ, ' +
              'hoặc nhờ một thành viên khác của Ban tạo thông báo.',
            'Mỗi lần chạy không được quá 6 phút. Nếu tổng hợp hay tạo thông báo báo hết thời gian, ' +
              'hãy chọn kỳ ngắn hơn rồi thử lại.',
            'Khi thấy "Bảng tính đang bận", có người khác đang lưu: đợi vài giây rồi bấm lại.',
          ],
        },
      ],
    },
  ];
}
