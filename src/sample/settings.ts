/**
 * Settings (SPEC §5) of the sample village Pác Khuông, taken from the district notice
 * `seed/thong-bao-pac-khuong-2023.txt` (Ban Chỉ đạo 138 huyện Bình Gia, 2023), with the seed's two typos mended
 * ("trú trọng" → "chú trọng", "lòng ghép" → "lồng ghép").
 * Keys are the stable setting keys; the add-on shows its Vietnamese label in `Mục`.
 */
import type { SampleCell } from './pacKhuong';

/** The four tasks of the model (the notice's '+' lines). */
const TASKS = [
  'Tuyên truyền, vận động Nhân dân chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, ' +
    'quy định của địa phương; vận động cán bộ, đảng viên, hội viên, quần chúng nhân dân trên địa bàn tích cực tham ' +
    'gia các hoạt động đảm bảo ANTT trên địa bàn thôn.',
  'Nắm và phản ánh tình hình của cán bộ, đảng viên và Nhân dân có liên quan đến ANTT với cấp uỷ, ' +
    'chính quyền và lực lượng Công an; phối hợp hoà giải các vụ tranh chấp dân sự, vi phạm nhỏ trong nội bộ Nhân ' +
    'dân; tham gia hoạt động thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo nổ.',
  'Phối hợp tham gia tuần tra, kiểm soát đảm bảo ANTT; phối hợp đảm bảo an toàn phòng cháy, chữa cháy; ' +
    'bảo vệ môi trường, phòng chống dịch bệnh...',
  'Phối hợp tham gia quản lý, cảm hoá, giáo dục, hỗ trợ, giúp đỡ người chấp hành xong án phạt tù trở về địa ' +
    'phương tái hoà nhập cộng đồng; tích cực tham gia phát hiện, tố giác tội phạm, ' +
    'tệ nạn xã hội và các hành vi vi phạm pháp luật khác.',
];

/** The six lessons, in order, without "Một là, ", "Hai là, "…. */
const LESSONS = [
  'công tác đảm bảo ANTT, xây dựng phong trào toàn dân bảo vệ ANTT phải luôn đặt dưới sự lãnh đạo trực tiếp, ' +
    'tuyệt đối của Đảng, sự quản lý, điều hành của chính quyền và phối hợp đồng bộ giữa các ban, ngành, đoàn thể, ' +
    'Mặt trận Tổ quốc và toàn thể Nhân dân, trong đó lực lượng Công an đóng vai trò nòng cốt trực tiếp tham mưu.',
  'quá trình xây dựng mô hình phải nghiên cứu kỹ địa bàn để xây dựng quy chế hoạt động và các bước tiến hành chi ' +
    'tiết, cụ thể. Việc triển khai xây dựng mô hình phải có thí điểm, rút kinh nghiệm sau đó mới tiến hành nhân ' +
    'rộng, tránh chủ quan, hình thức, kém hiệu quả. Định kỳ, kiểm tra, đôn đốc, sơ kết, ' +
    'tổng kết đánh giá những mặt làm được, những hạn chế cần khắc phục, tìm ra những nguyên nhân của tồn tại, ' +
    'hạn chế, rút kinh nghiệm và đề xuất giải pháp để thực hiện trong thời gian tới; ' +
    'đảm bảo nguồn kinh phí để duy trì hoạt động của mô hình.',
  'phát huy tính dân chủ, tạo sự đồng thuận, giúp đỡ tích cực của các tầng lớp Nhân dân; ' +
    'vai trò gương mẫu của cán bộ, đảng viên, nhất là của cấp ủy chi bộ thôn, người đứng đầu các đoàn thể, ' +
    'Công an viên và người có uy tín trong dòng họ, vai trò của các tổ trưởng trong việc đôn đốc, ' +
    'nhắc nhở các thành viên chấp hành các quy định về đảm bảo ANTT.',
  'công tác tuyên truyền phải được đảm bảo tiến hành thường xuyên, liên tục với nhiều hình thức phong phú, ' +
    'đa dạng, dễ nhớ, dễ hiểu, phù hợp với từng nhóm đối tượng, địa bàn cụ thể; chú trọng công tác giáo dục truyền ' +
    'thống, khơi dậy, phát huy niềm tự hào về truyền thống quê hương cách mạng kiên cường trong mỗi người dân, ' +
    'tinh thần đoàn kết gắn bó trong dòng họ, cộng đồng dân cư, lồng ghép, gắn kết chặt chẽ giữa công tác đảm bảo ' +
    'ANTT, xây dựng phong trào toàn dân bảo vệ ANTT với các phong trào, cuộc vận động khác và các chương trình phát ' +
    'triển kinh tế, văn hoá, xã hội, nâng cao đời sống vật chất, tinh thần của Nhân dân.',
  'quan tâm xây dựng lực lượng chuyên trách và lực lượng nòng cốt trong phong trào toàn dân bảo vệ ANTT vững mạnh; ' +
    'chăm lo, xây dựng thành viên của mô hình đủ trình độ năng lực, được tập huấn nghiệp vụ, pháp luật, ' +
    'đi đôi với tranh thủ các nguồn lực phục vụ cho thực hiện mô hình.',
  'kịp thời sơ kết, tổng kết, động viên, khen thưởng các tập thể, cá nhân có thành tích xuất ' +
    'sắc; phát hiện, nhân rộng các gương điển hình tiên tiến trong thực hiện mô hình và tham gia ' +
    'phong trào toàn dân bảo vệ ANTT.',
];

/** Metric keys of SPEC §3 and their default targets (blank: no target). */
const TARGETS: [string, number | null][] = [
  ['householdParticipation', 90],
  ['commitmentAll', 100],
  ['tt124Registration', 100],
  ['idCard', 100],
  ['eid', 100],
  ['eidLevel2', null],
  ['patrolPlan', 80],
  ['memberActivity', 80],
  ['supervisedNoReoffence', 100],
  ['camerasWorking', null],
  ['mediationSuccess', null],
];

/** Planned patrols per month: 43 patrols over the 25 months touched by the period → 86 %. */
export const PATROLS_PER_MONTH = 2;

export const SAMPLE_SETTINGS: [string, SampleCell][] = [
  ['ten_thon', 'Pác Khuông'],
  ['ten_xa', 'Thiện Thuật'],
  ['ten_huyen', 'Bình Gia'],
  ['ten_tinh', 'Lạng Sơn'],
  ['ten_mo_hinh', 'Thôn Pác Khuông tự quản về ANTT'],
  ['ngay_thanh_lap', '2021-06-23'],
  ['so_quyet_dinh', '68/QĐ-UBND'],
  ['dien_tich_ha', 189.33],
  [
    'vi_tri_giap_ranh',
    'phía Bắc giáp với thôn Khuổi Cườm, phía Nam giáp thôn Viên Minh, xã Mông Ân, ' +
      'phía Đông giáp thôn Khuổi Lù, phía Tây giáp thôn Pò Sè',
  ],
  ['dan_toc', 'Nùng, Tày, Kinh'],
  [
    'kinh_te',
    'Cộng đồng các dân tộc nơi đây sinh sống chủ yếu là dựa vào nông nghiệp, trồng cây lúa nước, cây hoa hồi, ' +
      'các loại cây ăn quả và chăn nuôi gia súc.',
  ],
  // The seed's district structure (before the two-level local government of 01/7/2025).
  ['cap_hanh_chinh', 'trước 01/7/2025'],
  ['co_quan_chu_quan', 'UBND HUYỆN BÌNH GIA'],
  ['co_quan_ban_hanh', 'BAN CHỈ ĐẠO 138'],
  ['ky_hieu_van_ban', 'TB-BCĐ'],
  ['so_van_ban_tiep_theo', 1],
  ['dia_danh', 'Bình Gia'],
  ['tham_quyen_ky', 'TRƯỞNG BAN'],
  ['chuc_vu_kiem_nhiem', 'CHỦ TỊCH UBND HUYỆN'],
  ['nguoi_ky', 'Nguyễn Mạnh Tuấn'],
  ['noi_nhan', ['Thường trực BCĐ 138 tỉnh', 'BCĐ 138 huyện', 'UBND các xã, thị trấn', 'Lưu: VT, CAH'].join('\n')],
  ['nhiem_vu', TASKS.join('\n')],
  ['kinh_nghiem', LESSONS.join('\n')],
  ['dem_so_0', true],
  ['tuoi_cap_can_cuoc', 14],
  ['muc_tieu_tuan_tra_thang', PATROLS_PER_MONTH],
  ...TARGETS.map(([k, v]): [string, SampleCell] => ['muc_tieu_' + k, v]),
  ['mau_thong_bao', ''],
  ['nguoi_sua_doi_tuong', ''],
];
