// The provinces a centre expects reports from: the 34 provincial-level units after the 2025 merger
// (Nghị quyết 202/2025/QH15: 6 centrally-run cities and 28 provinces), seeded in a new centre file and
// editable there. Reports name their province as its settings do ("Tỉnh Lâm Đồng", "Thành phố Hà Nội");
// matching folds the name and drops the kind, so "tinh lam dong", "Lâm Đồng" and "Tỉnh Lâm Đồng" agree.
import { foldVietnamese } from '../../../shared/text/fold';

export const CITIES = ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'] as const;

export const PROVINCES = [
  'Tuyên Quang',
  'Cao Bằng',
  'Lai Châu',
  'Lào Cai',
  'Thái Nguyên',
  'Điện Biên',
  'Lạng Sơn',
  'Sơn La',
  'Phú Thọ',
  'Bắc Ninh',
  'Quảng Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
] as const;

/** The 34 names as a province's settings write them, cities first, then provinces (north to south). */
export const DEFAULT_PROVINCES: readonly string[] = [
  ...CITIES.map((c) => `Thành phố ${c}`),
  ...PROVINCES.map((p) => `Tỉnh ${p}`),
];

/** 'Tỉnh Lâm Đồng' -> 'lam dong'; the key two spellings of one province share. */
export function provinceKey(name: string): string {
  return foldVietnamese(name)
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '')
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .trim();
}
