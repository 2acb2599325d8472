/**
 * Fictitious but plausible personal names for the sample village (Nùng, Tày, Kinh),
 * and the small seeded PRNG every sample generator uses (no Math.random).
 */

export type Rng = () => number;

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi]. */
export const int = (rnd: Rng, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(rnd: Rng, xs: readonly T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

export type Ethnic = 'Nùng' | 'Tày' | 'Kinh';
export type Gender = 'Nam' | 'Nữ';

const SURNAMES_LOCAL =
  'Hoàng Nông Lộc Lương Vi Triệu Hà Mông Lăng Chu Lý Đinh Hứa Lành Dương Hoàng Nông Lục Hoàng Vy'.split(' ');
const SURNAMES_KINH = 'Nguyễn Trần Lê Phạm Vũ Đỗ Nguyễn Đặng Bùi'.split(' ');
const MALE = (
  'Hùng Dũng Quân Thắng Long Hải Tuấn Cường Minh Sơn Phúc Định Khánh Lâm Toàn Thành Vinh Hoà Tiến Chiến Nghĩa ' +
  'Bảo Đức Trung Kiên Hưng Tài Lợi Thuận Quyết Phong Vượng Hiếu Tường Chung Thái Huy'
).split(' ');
const FEMALE = (
  'Lan Hoa Mai Hương Thảo Huyền Nhung Liên Duyên Thơm Hằng Ngân Xuân Phượng Thuỷ Yến Vân Trang Linh Nga Hiền ' +
  'Dung Chiêm Mến Pết Nhàn Thoa Quyên Uyên Vui'
).split(' ');
const YOUNG_MALE_MIDDLE = 'Văn Minh Đức Gia Quang Văn Hoàng Anh'.split(' ');
const YOUNG_FEMALE_MIDDLE = 'Thị Ngọc Thu Thanh Thị Bảo Khánh Phương'.split(' ');

export function surname(rnd: Rng, ethnic: Ethnic): string {
  return pick(rnd, ethnic === 'Kinh' ? SURNAMES_KINH : SURNAMES_LOCAL);
}

/** Middle and given name; people born from 1995 get more varied middle names. */
export function givenName(rnd: Rng, gender: Gender, born: number | null): string {
  const young = born !== null && born >= 1995;
  const middle =
    gender === 'Nam' ? (young ? pick(rnd, YOUNG_MALE_MIDDLE) : 'Văn') : young ? pick(rnd, YOUNG_FEMALE_MIDDLE) : 'Thị';
  return `${middle} ${pick(rnd, gender === 'Nam' ? MALE : FEMALE)}`;
}

export function fullName(rnd: Rng, ethnic: Ethnic, gender: Gender, born: number | null): string {
  return `${surname(rnd, ethnic)} ${givenName(rnd, gender, born)}`;
}
