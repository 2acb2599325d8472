/**
 * The administration presets of `Cài đặt` › `Cấp hành chính` (SPEC §5): who issues the
 * village model's documents, before and after the two-level local government of
 * 01/7/2025 (no district level since then: the commune police and the commune or the
 * province issue them). A preset fills what the settings leave blank — the authority
 * lines, the symbol, the place name, the signer block (Nghị định 30: `TM.` / `KT.` and the
 * title), the recipients, the issuer and the addressees of the closing; a setting that is
 * filled in always wins (the sample keeps its 2023 district settings).
 */
import type { Settings } from '../settings';

/** The two presets, as `Cấp hành chính` holds them. */
export const ADMIN_PRESET = {
  district: 'trước 01/7/2025',
  twoLevel: 'từ 01/7/2025',
} as const;
export type AdminPreset = keyof typeof ADMIN_PRESET;

/** A spreadsheet set up today works under the two-level structure. */
export const DEFAULT_ADMIN_PRESET: string = ADMIN_PRESET.twoLevel;

/** `Hình thức ký`: blank (the head signs), `TM.` (on behalf of a collective body) or `KT.` (a deputy signs). */
export const SIGNING = { direct: '', onBehalf: 'TM.', deputy: 'KT.' } as const;

export interface Administration {
  preset: AdminPreset;
  /** Upper line of the header's left column (may be empty). */
  parentAgency: string;
  /** The issuing agency (bold line). */
  agency: string;
  /** Ký hiệu: `TB-BCĐ`, `TB-CAX`. */
  symbol: string;
  /** Địa danh of the place-date line. */
  place: string;
  /** The signer block's lines: `TM. BAN CHỈ ĐẠO` / `TRƯỞNG BAN`, `KT. TRƯỞNG CÔNG AN XÃ` / `PHÓ TRƯỞNG CÔNG AN XÃ`. */
  authority: string;
  post: string;
  /** Nơi nhận, the archive line last. */
  recipients: string[];
  /** The issuer as the closing writes it: `Ban Chỉ đạo 138 huyện Bình Gia`, `Công an xã Thiện Thuật`. */
  issuer: string;
  /** Who studies the notice (closing): `UBND các xã trên địa bàn`, `các thôn trên địa bàn xã`. */
  addressees: string;
  /** Whether place names go through the district (`huyện …`). */
  withDistrict: boolean;
}

const raw = (s: Settings, key: string): string => {
  const v = s[key];
  if (Array.isArray(v)) return v.join('\n').trim();
  return v === null || v === undefined ? '' : String(v).trim();
};
const list = (s: Settings, key: string): string[] => {
  const v = s[key];
  const all = Array.isArray(v) ? v : String(v ?? '').split(/\r?\n/);
  return all.map((l) => String(l).trim()).filter(Boolean);
};
const upper = (t: string) => t.toLocaleUpperCase('vi');
const key = (t: string) => t.trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The preset a `Cấp hành chính` cell names (`trước…`, `huyện`, `3 cấp`: district; anything else: two-level). */
export function adminPreset(s: Settings): AdminPreset {
  const v = key(raw(s, 'cap_hanh_chinh'));
  if (!v) return 'twoLevel';
  return v === key(ADMIN_PRESET.district) || /^trước|huyện|3 cấp|ba cấp/.test(v) ? 'district' : 'twoLevel';
}

/** `TM.` / `KT.` / blank, as typed in `Hình thức ký`. */
function signing(s: Settings): string {
  const v = key(raw(s, 'hinh_thuc_ky')).replace(/\.$/, '');
  if (v === 'tm' || v.startsWith('thay mặt')) return SIGNING.onBehalf;
  if (v === 'kt' || v.startsWith('ký thay')) return SIGNING.deputy;
  return SIGNING.direct;
}

/** The preset's lines, each replaced by its setting when that is filled in. */
export function administration(s: Settings): Administration {
  const preset = adminPreset(s);
  const commune = raw(s, 'ten_xa');
  const district = raw(s, 'ten_huyen');
  const province = raw(s, 'ten_tinh');
  const named = (word: string, name: string) => (name ? `${word} ${name}` : word);
  const base =
    preset === 'district'
      ? {
          parentAgency: district ? upper(`UBND huyện ${district}`) : '',
          agency: 'BAN CHỈ ĐẠO 138',
          symbol: 'TB-BCĐ',
          place: district || commune,
          body: 'BAN CHỈ ĐẠO',
          head: 'TRƯỞNG BAN',
          recipients: ['Thường trực BCĐ 138 tỉnh', 'BCĐ 138 huyện', 'UBND các xã, thị trấn', 'Lưu: VT, CAH'],
          issuer: district ? `Ban Chỉ đạo 138 huyện ${district}` : 'Ban Chỉ đạo 138',
          addressees: 'UBND các xã trên địa bàn',
        }
      : {
          parentAgency: province ? upper(`Công an tỉnh ${province}`) : '',
          agency: upper(named('Công an xã', commune)),
          symbol: 'TB-CAX',
          place: commune,
          body: upper(named('Công an xã', commune)),
          head: 'TRƯỞNG CÔNG AN XÃ',
          recipients: [
            named('Đảng uỷ xã', commune),
            named('UBND xã', commune),
            'Các thôn trên địa bàn xã',
            'Lưu: VT, CAX',
          ],
          issuer: named('Công an xã', commune),
          addressees: 'các thôn trên địa bàn xã',
        };
  const how = signing(s);
  const block =
    how === SIGNING.onBehalf
      ? { authority: `TM. ${base.body}`, post: base.head }
      : how === SIGNING.deputy
        ? { authority: `KT. ${base.head}`, post: `PHÓ ${base.head}` }
        : { authority: base.head, post: '' };
  const own = (k: string, fallback: string) => raw(s, k) || fallback;
  const recipients = list(s, 'noi_nhan');
  return {
    preset,
    parentAgency: own('co_quan_chu_quan', base.parentAgency),
    agency: own('co_quan_ban_hanh', base.agency),
    symbol: own('ky_hieu_van_ban', base.symbol),
    place: own('dia_danh', base.place),
    authority: own('tham_quyen_ky', block.authority),
    post: own('chuc_vu_kiem_nhiem', block.post),
    recipients: recipients.length ? recipients : base.recipients,
    issuer: own('co_quan_trong_van', base.issuer),
    addressees: own('noi_van_dung', base.addressees),
    withDistrict: preset === 'district',
  };
}

/** The `Cài đặt` rows a preset fills, in the order of the sheet. */
export const PRESET_KEYS = [
  'co_quan_chu_quan',
  'co_quan_ban_hanh',
  'co_quan_trong_van',
  'noi_van_dung',
  'ky_hieu_van_ban',
  'dia_danh',
  'tham_quyen_ky',
  'chuc_vu_kiem_nhiem',
  'noi_nhan',
] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** Words that name a district-level body: `huyện`, Ban Chỉ đạo 138 / BCĐ 138, `CAH` (Công an huyện's archive mark). */
const DISTRICT_WORDS = [/(^|[^\p{L}])huyện($|[^\p{L}])/u, /ban chỉ đạo 138|bcđ\s*138/u, /(^|[^\p{L}])cah($|[^\p{L}])/u];

/** Every line the two presets write (all three ways of signing), compared as `key` compares. */
function presetLines(s: Settings, preset: AdminPreset): Set<string> {
  const blank: Settings = { ...s, cap_hanh_chinh: ADMIN_PRESET[preset] };
  for (const k of PRESET_KEYS) blank[k] = '';
  const out = new Set<string>();
  for (const how of Object.values(SIGNING)) {
    const a = administration({ ...blank, hinh_thuc_ky: how });
    for (const l of [a.parentAgency, a.agency, a.symbol, a.place, a.authority, a.post, a.issuer, a.addressees])
      if (l) out.add(key(l));
    for (const l of a.recipients) out.add(key(l));
  }
  return out;
}

export interface DistrictLeftover {
  key: PresetKey;
  /** The lines of the setting that name a district-level body (one for a one-line setting). */
  lines: string[];
}

/**
 * Under `từ 01/7/2025` (no district level), the filled rows of `PRESET_KEYS` that still name a district-level body —
 * `huyện`, Ban Chỉ đạo 138, `CAH`, or a line only the district preset writes (`TB-BCĐ`, `TRƯỞNG BAN`, the district's
 * name as the place) — whose notice would have two issuers. `overrides`: what the notice dialog typed instead of a
 * row (its signer authority and recipients). Empty under `trước 01/7/2025`.
 */
export function districtLeftovers(
  s: Settings,
  overrides: Partial<Record<PresetKey, string[]>> = {},
): DistrictLeftover[] {
  if (adminPreset(s) !== 'twoLevel') return [];
  const old = presetLines(s, 'district');
  const now = presetLines(s, 'twoLevel');
  const out: DistrictLeftover[] = [];
  for (const k of PRESET_KEYS) {
    const given = overrides[k];
    const lines = (given ?? list(s, k)).map((l) => l.trim()).filter(Boolean);
    const flagged = lines.filter((l) => {
      const v = key(l);
      return DISTRICT_WORDS.some((re) => re.test(v)) || (old.has(v) && !now.has(v));
    });
    if (flagged.length) out.push({ key: k, lines: flagged });
  }
  return out;
}
