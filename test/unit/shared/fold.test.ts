import { describe, expect, it } from 'vitest';
import { foldVietnamese, ftsQuery } from '../../../shared/text/fold';

describe('foldVietnamese', () => {
  it.each([
    ['Đường', 'duong'],
    ['CHUYỂN ĐỔI SỐ', 'chuyen doi so'],
    ['Nhận thức số', 'nhan thuc so'],
    ['đ Đ', 'd d'],
    ['Hạ tầng và nền tảng số', 'ha tang va nen tang so'],
    ['An toàn thông tin mạng', 'an toan thong tin mang'],
    ['  Sở   Khoa học\tvà\nCông nghệ  ', 'so khoa hoc va cong nghe'],
    ['Ủy ban nhân dân\u00a0tỉnh', 'uy ban nhan dan tinh'],
    // Precomposed (NFC) and decomposed (NFD) input fold the same.
    ['Quy\u0300nh', 'quynh'],
    ['Quỳnh', 'quynh'],
    ['KH-UBND 45/2025', 'kh-ubnd 45/2025'],
    ['', ''],
  ])('%j -> %j', (s, expected) => {
    expect(foldVietnamese(s)).toBe(expected);
  });
});

describe('ftsQuery', () => {
  it.each<[string, string | null]>([
    ['chuyển đổi số', '"chuyen"* "doi"* "so"*'],
    ['CHUYỂN ĐỔI SỐ', '"chuyen"* "doi"* "so"*'],
    ['Đường', '"duong"*'],
    ['45/KH-UBND', '"45"* "kh"* "ubnd"*'],
    ['"dữ liệu"', '"du"* "lieu"*'],
    ['dữ" OR "x', '"du"* "or"* "x"*'],
    ['số*', '"so"*'],
    ['(hạ tầng)', '"ha"* "tang"*'],
    ['a NEAR b', '"a"* "near"* "b"*'],
    ['NEAR(a b)', '"near"* "a"* "b"*'],
    ['a AND b OR c NOT d', '"a"* "and"* "b"* "or"* "c"* "not"* "d"*'],
    ['title:số', '"title"* "so"*'],
    ['^đầu', '"dau"*'],
    ['a + b - c', '"a"* "b"* "c"*'],
    ['', null],
    ['   ', null],
    ['"" * () : ^ -', null],
  ])('%j -> %s', (text, expected) => {
    expect(ftsQuery(text)).toBe(expected);
  });
});
