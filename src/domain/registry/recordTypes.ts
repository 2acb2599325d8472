/**
 * The record registry (SPEC §2): every record type of the add-on, declared once. Its
 * strings (tab, title, help line, journal action) are `record.<key>.*` in the catalogue
 * (`src/domain/i18n.ts`); its sample rows are in `src/sample/`.
 *
 * Adding a record type = one `defineRecord` entry here, added to `RECORD_TYPES`, plus its
 * strings (the compiler names any that are missing) and sample rows.
 */
import { isIsoDay } from '../clock';
import { t } from '../i18n';
import { contactIssues } from '../recordRules';
import { slashDate } from '../viFormat';
import { column } from './columns';
import { defineRecord, type RuleIssue } from './define';
import { DOC_NUMBER_MAX, isDocNumber } from '../tt124/docNumber';

const { id, text, longtext, enumOf, time, date, datetime, int, year, bool, ref, refs, requestId } = column;

const note = () => longtext('Ghi chú', { width: 200 });
const idsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const HOUSEHOLDS = defineRecord({
  key: 'households',
  kind: 'household',
  name: 'Hộ gia đình',
  id: { prefix: 'H', width: 3 },
  columns: {
    id: id('Mã hộ'),
    head: text('Chủ hộ', { required: true, width: 170 }),
    teamId: ref('Tổ', 'teams', { width: 60 }),
    address: text('Địa chỉ', { width: 180 }),
    size: int('Số nhân khẩu', { maxValue: 50, width: 90 }),
    ethnicity: text('Dân tộc', { width: 90 }),
    arrivedOn: date('Ngày đến', { happened: true, width: 95 }),
    leftOn: date('Ngày chuyển đi', { width: 95 }),
    note: note(),
    requestId: requestId(),
  },
  dateOrder: [['arrivedOn', 'leftOn']],
  active: { from: 'arrivedOn', until: 'leftOn' },
  label: 'head',
  form: 'registry',
  keep: ['teamId'],
});

export const RESIDENTS = defineRecord({
  key: 'residents',
  kind: 'resident',
  name: 'Nhân khẩu',
  id: { prefix: 'NK-', width: 4 },
  columns: {
    id: id(),
    name: text('Họ tên', { required: true, width: 170 }),
    householdId: ref('Mã hộ', 'households', { required: true, deletedWith: 'asked', width: 70 }),
    birthYear: year('Năm sinh', { happened: true, width: 70 }),
    gender: enumOf('Giới tính', { values: ['Nam', 'Nữ'], width: 70 }),
    hasIdCard: bool('Có thẻ căn cước', { width: 90 }),
    eidLevel: enumOf('Định danh điện tử', { values: ['Chưa', 'Mức 1', 'Mức 2'], width: 100 }),
    note: note(),
    requestId: requestId(),
  },
  label: 'name',
  form: 'registry',
  keep: ['householdId'],
});

export const TEAMS = defineRecord({
  key: 'teams',
  kind: 'team',
  name: 'Tổ tự quản',
  id: { prefix: 'T', width: 1 },
  columns: {
    id: id('Mã tổ'),
    name: text('Tên tổ', { required: true, width: 160 }),
    leader: text('Tổ trưởng', { width: 160 }),
    area: text('Địa bàn phụ trách', { width: 200 }),
    note: note(),
    requestId: requestId(),
  },
  label: 'name',
  form: 'registry',
});

export const MEMBERS = defineRecord({
  key: 'members',
  kind: 'member',
  name: 'Thành viên',
  id: { prefix: 'TV-', width: 4 },
  columns: {
    id: id(),
    name: text('Họ tên', { required: true, width: 170 }),
    teamId: ref('Mã tổ', 'teams', { width: 60 }),
    role: enumOf('Vai trò', { list: 'Vai trò', width: 140 }),
    phone: text('Điện thoại', { width: 110, max: 30 }),
    email: text('Email', { width: 180, max: 254 }),
    joinedOn: date('Ngày tham gia', { width: 95 }),
    leftOn: date('Ngày rời', { width: 95 }),
    // Tổ bảo vệ ANTT (Luật 30/2023/QH15, TT 14/2024/TT-BCA): blank position = not in it. No ID or card numbers.
    guardRole: enumOf('Chức danh Tổ bảo vệ ANTT', { values: ['Tổ trưởng', 'Tổ phó', 'Tổ viên'], width: 150 }),
    trainedOn: date('Ngày tập huấn', { happened: true, width: 95 }),
    papers: bool('Đã cấp giấy chứng nhận', { width: 95 }),
    papersOn: date('Ngày cấp giấy', { happened: true, width: 95 }),
    note: note(),
    requestId: requestId(),
  },
  dateOrder: [['joinedOn', 'leftOn']],
  active: { from: 'joinedOn', until: 'leftOn' },
  label: 'name',
  form: 'registry',
  keep: ['teamId'],
  // The email decides who uses the phone page (SPEC §7): one member per address.
  unique: ['email'],
  // A field left out (an edit giving only what changes) is unknown here; the save checks the whole record too.
  refine(m, header) {
    const issues: RuleIssue[] = contactIssues(m, header);
    const set = (v: unknown) => v !== undefined && v !== null && v !== '' && v !== false;
    if (m.guardRole !== undefined && !set(m.guardRole))
      for (const field of ['trainedOn', 'papers', 'papersOn'] as const)
        if (set(m[field]))
          issues.push({
            field,
            message: t('input.needsGuardRole', { name: header(field), role: header('guardRole') }),
          });
    if (set(m.papersOn) && m.papers !== undefined && m.papers !== true)
      issues.push({
        field: 'papersOn',
        message: t('input.needsPapers', { name: header('papersOn'), papers: header('papers') }),
      });
    return issues;
  },
});

export const PATROLS = defineRecord({
  key: 'patrols',
  kind: 'patrol',
  name: 'Tuần tra',
  id: { prefix: 'TT-', width: 4 },
  columns: {
    id: id(),
    date: date('Ngày', { required: true, happened: true, sinceFounding: true, width: 95 }),
    start: time('Giờ bắt đầu', { inputRequired: true, width: 75 }),
    end: time('Giờ kết thúc', { inputRequired: true, width: 75 }),
    teamId: ref('Mã tổ', 'teams', { width: 60 }),
    area: text('Địa bàn', { width: 160 }),
    memberIds: refs('Thành viên tham gia', 'members', { max: 5000, maxItems: 500, activeOn: 'date', width: 200 }),
    participants: int('Số người tham gia', { required: true, min: 1, maxValue: 500, width: 90 }),
    withPolice: bool('Phối hợp Công an xã', { width: 90 }),
    result: longtext('Tình hình, kết quả', { width: 260 }),
    recordedBy: text('Người ghi', { auto: 'user', width: 150 }),
    recordedAt: datetime('Thời điểm ghi', { auto: 'now', width: 130 }),
    requestId: requestId(),
  },
  day: 'date',
  form: 'own',
  keep: ['date', 'teamId'],
  refine(p, header) {
    const issues: RuleIssue[] = [];
    const members = idsOf(p.memberIds).length;
    if (typeof p.start === 'string' && p.start !== '' && p.start === p.end)
      issues.push({ field: 'end', message: t('input.sameTime', { name: header('end') }) });
    if (typeof p.participants === 'number' && p.participants >= 1 && p.participants < members)
      issues.push({
        field: 'participants',
        message: t('input.fewerThanMembers', { name: header('participants'), n: members }),
      });
    return issues;
  },
});

export const REMINDERS = defineRecord({
  key: 'reminders',
  kind: 'reminder',
  name: 'Nhắc nhở',
  id: { prefix: 'NN-', width: 4 },
  columns: {
    id: id(),
    patrolId: ref('Mã tuần tra', 'patrols', { deletedWith: 'always', sameDay: 'date', width: 90 }),
    date: date('Ngày', { required: true, happened: true, sinceFounding: true, width: 95 }),
    category: enumOf('Loại', { list: 'Loại nhắc nhở', required: true, width: 200 }),
    cases: int('Số trường hợp', { required: true, min: 1, maxValue: 1000, width: 90 }),
    action: enumOf('Hình thức xử lý', { list: 'Hình thức xử lý', width: 130 }),
    note: longtext('Mô tả', { width: 260 }),
    requestId: requestId(),
  },
  day: 'date',
  form: 'own',
});

export const COMMITMENTS = defineRecord({
  key: 'commitments',
  kind: 'commitment',
  name: 'Cam kết',
  id: { prefix: 'CK-', width: 4 },
  columns: {
    id: id(),
    householdId: ref('Mã hộ', 'households', {
      required: true,
      activeOn: 'signedOn',
      maxItems: 20000,
      deletedWith: 'asked',
      width: 70,
    }),
    type: enumOf('Loại cam kết', { list: 'Loại cam kết', required: true, width: 240 }),
    year: year('Năm', { required: true, yearsAhead: 1, width: 60 }),
    signedOn: date('Ngày ký', { inputRequired: true, happened: true, width: 95 }),
    signer: text('Người ký', { width: 160 }),
    status: enumOf('Trạng thái', { values: ['Đã ký', 'Vi phạm'], required: true, width: 90 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'signedOn',
  form: 'own',
  // The year's commitment is signed that year, or from 01/10 of the year before (SPEC §2.1).
  refine(c, header) {
    const { year: y, signedOn: on } = c;
    if (typeof y !== 'number' || typeof on !== 'string' || !isIsoDay(on)) return [];
    const signed = Number(on.slice(0, 4));
    if (y === signed || (y === signed + 1 && on.slice(5) >= '10-01')) return [];
    const params = { name: header('year'), value: y, other: header('signedOn'), day: slashDate(on) };
    return [{ field: 'year', message: t('input.yearVsSigned', { ...params, year: signed, next: signed + 1 }) }];
  },
});

export const SESSIONS = defineRecord({
  key: 'sessions',
  kind: 'session',
  name: 'Sinh hoạt, tuyên truyền',
  id: { prefix: 'SH-', width: 4 },
  columns: {
    id: id(),
    date: date('Ngày', { required: true, happened: true, sinceFounding: true, width: 95 }),
    form: enumOf('Hình thức', { list: 'Hình thức sinh hoạt', required: true, width: 170 }),
    topics: text('Chủ đề', { list: 'Chủ đề tuyên truyền', width: 240, max: 1000 }),
    place: text('Địa điểm', { width: 160 }),
    audience: enumOf('Đối tượng dự', { list: 'Đối tượng dự', width: 120 }),
    attendees: int('Số người dự', { maxValue: 10_000, width: 90 }),
    householdIds: refs('Hộ tham dự', 'households', { max: 20000, maxItems: 5000, activeOn: 'date', width: 240 }),
    partners: text('Đơn vị phối hợp', { list: 'Đơn vị phối hợp', width: 200, max: 500 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  keep: ['date'],
  refine(x, header) {
    const households = idsOf(x.householdIds).length;
    return typeof x.attendees === 'number' && x.attendees < households
      ? [{ field: 'attendees', message: t('input.fewerThanHouseholds', { name: header('attendees'), n: households }) }]
      : [];
  },
});

export const MEDIATIONS = defineRecord({
  key: 'mediations',
  kind: 'mediation',
  name: 'Hoà giải',
  id: { prefix: 'HG-', width: 4 },
  columns: {
    id: id(),
    date: date('Ngày', { required: true, happened: true, sinceFounding: true, width: 95 }),
    subject: longtext('Nội dung', { required: true, width: 260 }),
    parties: text('Các bên', { width: 200, max: 500 }),
    outcome: enumOf('Kết quả', { list: 'Kết quả hoà giải', required: true, width: 120 }),
    chair: text('Người chủ trì', { width: 160 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  keep: ['date'],
});

export const SUPERVISED = defineRecord({
  key: 'supervised',
  kind: 'supervised',
  name: 'Đối tượng giúp đỡ',
  id: { prefix: 'DT-', width: 4 },
  sensitive: true,
  columns: {
    id: id(),
    name: text('Họ tên', { required: true, width: 170 }),
    type: enumOf('Loại', { list: 'Loại đối tượng', required: true, width: 150 }),
    startOn: date('Ngày bắt đầu', { required: true, happened: true, width: 95 }),
    endOn: date('Ngày kết thúc', { width: 95 }),
    memberId: ref('Thành viên phụ trách', 'members', { width: 110 }),
    reoffended: bool('Tái phạm', { width: 80 }),
    note: note(),
    requestId: requestId(),
  },
  dateOrder: [['startOn', 'endOn']],
  day: 'startOn',
  form: 'activity',
});

export const CAMERAS = defineRecord({
  key: 'cameras',
  kind: 'camera',
  name: 'Camera',
  id: { prefix: 'CAM-', width: 2 },
  columns: {
    id: id(),
    location: text('Vị trí', { required: true, width: 200 }),
    installedOn: date('Ngày lắp', { happened: true, width: 95 }),
    funding: text('Nguồn kinh phí', { width: 160 }),
    working: bool('Đang hoạt động', { width: 90 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'installedOn',
  form: 'activity',
});

export const EVENTS = defineRecord({
  key: 'events',
  kind: 'event',
  name: 'Tin báo, sự kiện',
  id: { prefix: 'SK-', width: 4 },
  columns: {
    id: id(),
    date: date('Ngày', { required: true, happened: true, sinceFounding: true, width: 95 }),
    type: enumOf('Loại', { list: 'Loại sự kiện', required: true, width: 200 }),
    festival: enumOf('Lễ hội, sự kiện', { list: 'Lễ hội, sự kiện', width: 180 }),
    content: longtext('Nội dung', { required: true, width: 260 }),
    participants: int('Số người tham gia', { maxValue: 100_000, width: 90 }),
    toPolice: bool('Chuyển Công an xã', { width: 90 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  keep: ['date'],
});

/**
 * Incidents in the area (issue 17): the evidence for TT 124/2021/TT-BCA criteria 3 and 4 (SPEC §10). The
 * summary is free text and never reaches a Doc; the figures count rows by kind and year.
 */
export const INCIDENTS = defineRecord({
  key: 'incidents',
  kind: 'incident',
  name: 'Vụ việc',
  id: { prefix: 'VV-', width: 4 },
  columns: {
    id: id(),
    date: date('Ngày', { required: true, happened: true, width: 95 }),
    type: enumOf('Loại vụ việc', { list: 'Loại vụ việc', required: true, width: 220 }),
    summary: longtext('Tóm tắt', { required: true, width: 260 }),
    handledBy: text('Người xử lý', { width: 160 }),
    toPolice: bool('Chuyển Công an xã', { width: 90 }),
    status: enumOf('Tình trạng', { values: ['Đang giải quyết', 'Đã giải quyết'], required: true, width: 120 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  keep: ['date'],
});

/**
 * The year's resolution of the chi bộ and the area's registration (issue 17): TT 124/2021/TT-BCA criterion 1 asks
 * for both in the first quarter of each year (SPEC §10). One row per document.
 */
export const REGISTRATIONS = defineRecord({
  key: 'registrations',
  kind: 'registration',
  name: 'Nghị quyết, đăng ký',
  id: { prefix: 'DK-', width: 3 },
  columns: {
    id: id(),
    year: year('Năm', { required: true, width: 60 }),
    type: enumOf('Loại văn bản', {
      values: ['Nghị quyết của chi bộ', 'Đăng ký của khu dân cư'],
      required: true,
      width: 190,
    }),
    number: text('Số văn bản', { width: 120 }),
    date: date('Ngày', { required: true, happened: true, width: 95 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  // An identifier, not free text: the TT 124 Doc prints only a number of this shape (tt124/docNumber.ts, SPEC §4).
  refine(x, header) {
    const v = typeof x.number === 'string' ? x.number.trim() : '';
    return v && !isDocNumber(v)
      ? [{ field: 'number', message: t('input.docNumber', { name: header('number'), value: v, max: DOC_NUMBER_MAX }) }]
      : [];
  },
});

/** Every record type, in sheet order. */
export const RECORD_TYPES = [
  HOUSEHOLDS,
  RESIDENTS,
  TEAMS,
  MEMBERS,
  PATROLS,
  REMINDERS,
  COMMITMENTS,
  SESSIONS,
  MEDIATIONS,
  SUPERVISED,
  CAMERAS,
  EVENTS,
  INCIDENTS,
  REGISTRATIONS,
] as const;

// References are declared by key; each column also gets the name of the sheet it points to.
for (const type of RECORD_TYPES) {
  for (const col of type.list) {
    if (!col.refKey) continue;
    const target = RECORD_TYPES.find((r) => r.key === col.refKey);
    if (!target) throw new Error(`Registry: ${type.key}.${col.field} points to no record type "${col.refKey}"`);
    col.refSheet = target.name;
  }
}
