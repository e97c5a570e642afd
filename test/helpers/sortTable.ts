// Tricky names and codes, in the order every list must show them (shared/text/collate.ts): the table
// the comparator test, the SQL order test and the list tests share.
export const ORDERED = [
  '1.2',
  '1.02',
  '1.9',
  '1.10',
  '1.10a',
  '2',
  '10',
  'An Phú',
  'Ân Thi',
  'Ấp Bắc',
  'bao lam',
  'Bao Lam',
  'Bảo Lâm',
  'Bảo Lộc',
  'CQS.1.9',
  'CQS.1.10',
  'CQS.2',
  'CQS.02',
  'CQS.10',
  'Dak',
  'Đà Lạt',
  'Đam Rông',
  'Ea',
  'Ô Môn',
  'Ốc Eo',
  'Ơn',
  'Sở Khoa học và Công nghệ',
  'Sở Tài chính',
  'Sở Tư pháp',
  'sở y tế',
  'Sở Y tế',
  'Sở Y-tế',
  'UBND xã Dak Mil',
  'UBND xã Đam Rông 1',
  'UBND xã Đam Rông 2',
  'UBND xã Đam Rông 10',
  'UBND xã Ea Kar',
  'UBND xã Tuy Phong',
  'Uông Bí',
  'Ưng Hòa',
  'Zeta',
  'Ωmega',
];

/** No two entries that differ only in case: what a store may hold as distinct codes or names. */
const caseDistinct = (list: string[]) =>
  list.filter((s, i) => list.findIndex((t) => t.toLocaleLowerCase('vi') === s.toLocaleLowerCase('vi')) === i);

/** Codes as plans number tasks and indicators, in natural order. */
export const CODES = caseDistinct(ORDERED.filter((s) => /^[A-Z.]*\d[0-9.]*[a-z]?$/.test(s)));

/** Names of agencies, tasks and indicators, in Vietnamese order. */
export const NAMES = caseDistinct(ORDERED.filter((s) => !CODES.includes(s)));
