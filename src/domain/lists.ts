/**
 * The dropdown lists of the `Danh mục` sheet (SPEC §2) and their default contents.
 * Users may extend them in the sheet; the add-on reads them back from there.
 */

export const LIST_NAMES = [
  'Loại cam kết',
  'Loại nhắc nhở',
  'Hình thức xử lý',
  'Hình thức sinh hoạt',
  'Chủ đề tuyên truyền',
  'Đối tượng dự',
  'Loại đối tượng',
  'Loại sự kiện',
  'Vai trò',
  'Kết quả hoà giải',
  'Đơn vị phối hợp',
  'Lễ hội, sự kiện',
  'Loại vụ việc',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** Each list's name by its role, for code that reads one list: `lists.values[LIST.commitmentTypes]`. */
export const LIST = {
  commitmentTypes: 'Loại cam kết',
  reminderCategories: 'Loại nhắc nhở',
  actions: 'Hình thức xử lý',
  sessionForms: 'Hình thức sinh hoạt',
  topics: 'Chủ đề tuyên truyền',
  audiences: 'Đối tượng dự',
  supervisedTypes: 'Loại đối tượng',
  eventTypes: 'Loại sự kiện',
  roles: 'Vai trò',
  mediationOutcomes: 'Kết quả hoà giải',
  /** Organisations a session is held with (`Đơn vị phối hợp` of `Sinh hoạt, tuyên truyền`). */
  partners: 'Đơn vị phối hợp',
  /** Festivals and events the model secures (`Lễ hội, sự kiện` of `Tin báo, sự kiện`). */
  festivals: 'Lễ hội, sự kiện',
  /** Kinds of incident in the area (`Loại vụ việc` of `Vụ việc`), in the words of TT 124/2021/TT-BCA Điều 4. */
  incidentKinds: 'Loại vụ việc',
} as const satisfies Record<string, ListName>;

/** Header of the checkbox column beside `Loại cam kết`. */
export const REQUIRED_COMMITMENT_HEADER = 'Cam kết bắt buộc';

/** `Danh mục` column order: every list, with the required-commitment checkbox beside its type. */
export const LISTS_SHEET_HEADERS: readonly string[] = [
  'Loại cam kết',
  REQUIRED_COMMITMENT_HEADER,
  ...LIST_NAMES.slice(1),
];

export const DEFAULT_LISTS: Readonly<Record<ListName, readonly string[]>> = {
  'Loại cam kết': [
    'Gia đình văn hoá',
    'Khu dân cư an toàn về ANTT',
    'Không ma tuý',
    'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
  ],
  'Loại nhắc nhở': [
    'Kinh doanh quá giờ quy định',
    'Lấn chiếm lòng đường, vỉa hè',
    'Xả rác không đúng nơi quy định',
    'Gây mất trật tự công cộng',
    'Vi phạm an toàn giao thông',
    'Khác',
  ],
  'Hình thức xử lý': ['Nhắc nhở', 'Lập biên bản', 'Chuyển Công an xã'],
  'Hình thức sinh hoạt': ['Họp thôn', 'Sinh hoạt chi bộ', 'Tuyên truyền tại trường học', 'Loa truyền thanh', 'Khác'],
  'Chủ đề tuyên truyền': [
    'Phương thức, thủ đoạn tội phạm',
    'Phòng cháy chữa cháy',
    'Lừa đảo qua mạng',
    'Phòng chống đuối nước',
    'An toàn giao thông',
    'Bạo lực học đường',
    'Ma tuý',
    'Căn cước, định danh điện tử',
  ],
  'Đối tượng dự': ['Nhân dân', 'Học sinh', 'Cán bộ, đảng viên'],
  'Loại đối tượng': ['Tù tha', 'Án treo', 'Cải tạo không giam giữ', 'Sau cai nghiện', 'Khác'],
  'Loại sự kiện': [
    'Tin báo, tố giác',
    'Thu hồi vũ khí, vật liệu nổ, pháo',
    'Bảo đảm ANTT lễ hội, sự kiện',
    'Phòng cháy chữa cháy',
    'Camera an ninh',
    'Khác',
  ],
  'Vai trò': ['Trưởng ban', 'Phó ban', 'Ủy viên Ban đại diện', 'Tổ trưởng', 'Tổ phó', 'Thành viên'],
  'Kết quả hoà giải': ['Thành', 'Không thành', 'Đang giải quyết'],
  'Đơn vị phối hợp': [
    'Công an xã',
    'UBND xã',
    'Ủy ban MTTQ Việt Nam xã',
    'Đoàn thanh niên',
    'Hội Liên hiệp phụ nữ',
    'Hội Cựu chiến binh',
    'Hội Nông dân',
    'Trường Tiểu học',
    'Trường THCS',
    'Trường THPT',
    'Trạm Y tế xã',
  ],
  'Lễ hội, sự kiện': [
    'Tết Nguyên đán',
    'Lễ hội đầu xuân',
    'Ngày hội Đại đoàn kết toàn dân tộc',
    'Tết Trung thu',
    'Bầu cử',
  ],
  'Loại vụ việc': [
    'Tội phạm',
    'Tệ nạn xã hội',
    'Ma tuý',
    'Tai nạn giao thông',
    'Cháy, nổ',
    'Mâu thuẫn, tranh chấp phức tạp kéo dài',
    'Khiếu kiện đông người',
    'Tụ tập đông người gây mất ANTT',
    'Khác',
  ],
};

/** The commitment types that are required by default (all four). */
export const DEFAULT_REQUIRED_COMMITMENTS: readonly string[] = DEFAULT_LISTS['Loại cam kết'];

/** Roles that make a member part of the board (Ban đại diện). */
export const BOARD_ROLES: readonly string[] = DEFAULT_LISTS['Vai trò'].slice(0, 3);

export const COMMITMENT_STATUS = ['Đã ký', 'Vi phạm'] as const;
export const EID_LEVELS = ['Chưa', 'Mức 1', 'Mức 2'] as const;
export const GENDERS = ['Nam', 'Nữ'] as const;

/** Special values the compliance rules refer to. */
export const TT124_COMMITMENT = 'Khu dân cư an toàn về ANTT';
export const SCHOOL_AUDIENCE = 'Học sinh';
export const TIP_EVENT = 'Tin báo, tố giác';
export const FESTIVAL_EVENT = 'Bảo đảm ANTT lễ hội, sự kiện';
export const MEDIATION_SUCCESS = 'Thành';
/** Kinds of `Vụ việc` that TT 124/2021/TT-BCA Điều 4 khoản 3 says must not happen (points d, e, g; SPEC §10). */
export const TT124_FORBIDDEN_KINDS: readonly string[] = [
  'Mâu thuẫn, tranh chấp phức tạp kéo dài',
  'Khiếu kiện đông người',
  'Tụ tập đông người gây mất ANTT',
];
/** Kinds of `Vụ việc` that criterion 4 (believed reading) wants reduced: crimes and social evils (SPEC §10). */
export const TT124_REDUCED_KINDS: readonly string[] = ['Tội phạm', 'Tệ nạn xã hội', 'Ma tuý'];
/** The two documents of criterion 1 (`Loại văn bản` of `Nghị quyết, đăng ký`). */
export const TT124_RESOLUTION = 'Nghị quyết của chi bộ';
export const TT124_REGISTRATION = 'Đăng ký của khu dân cư';
/** The action the patrol form proposes for a new reminder, when `Hình thức xử lý` has it. */
export const DEFAULT_REMINDER_ACTION = 'Nhắc nhở';

/** The lists as read from `Danh mục` (or the defaults). */
export interface Lists {
  values: Record<ListName, string[]>;
  requiredCommitments: string[];
}

export function defaultLists(): Lists {
  const values = {} as Record<ListName, string[]>;
  for (const n of LIST_NAMES) values[n] = [...DEFAULT_LISTS[n]];
  return { values, requiredCommitments: [...DEFAULT_REQUIRED_COMMITMENTS] };
}
