// The deadline rule (shared/rules/deadlines.ts): every form the issue names, and the variants offices
// write, read into the documented due date; the original text is kept; impossible or unknown texts are
// refused with the forms that are understood.
import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../../shared/rules/deadlines';

describe('deadlines as offices write them', () => {
  it.each([
    // the forms
    ['30/6/2025', '2025-06-30', 'date'],
    ['Tháng 6/2025', '2025-06-30', 'month'],
    ['Quý II/2025', '2025-06-30', 'quarter'],
    ['6 tháng đầu năm 2025', '2025-06-30', 'half'],
    ['Năm 2025', '2025-12-31', 'year'],
    ['Trước 15/8/2025', '2025-08-15', 'before'],
    ['Thường xuyên', null, 'ongoing'],
    ['2025-2026', '2026-12-31', 'range'],
    // days
    ['30-06-2025', '2025-06-30', 'date'],
    ['30.6.2025', '2025-06-30', 'date'],
    ['2025-06-30', '2025-06-30', 'date'],
    ['ngày 30 tháng 6 năm 2025', '2025-06-30', 'date'],
    ['30/6/25', '2025-06-30', 'date'],
    ['29/02/2028', '2028-02-29', 'date'],
    // months
    ['tháng 02/2026', '2026-02-28', 'month'],
    ['Tháng 12 năm 2025', '2025-12-31', 'month'],
    ['T6/2025', '2025-06-30', 'month'],
    ['6/2025', '2025-06-30', 'month'],
    ['THÁNG 9/2025', '2025-09-30', 'month'],
    // quarters, in capitals, digits, words
    ['QUÝ IV/2025', '2025-12-31', 'quarter'],
    ['Quý I/2026', '2026-03-31', 'quarter'],
    ['quý 3 năm 2025', '2025-09-30', 'quarter'],
    ['Quy III/2025', '2025-09-30', 'quarter'],
    ['Q2/2025', '2025-06-30', 'quarter'],
    ['Quý II / 2025', '2025-06-30', 'quarter'],
    // halves and nine months
    ['6 tháng cuối năm 2025', '2025-12-31', 'half'],
    ['9 tháng đầu năm 2025', '2025-09-30', 'nine_months'],
    ['Nửa đầu năm 2026', '2026-06-30', 'half'],
    // years and ranges
    ['2025', '2025-12-31', 'year'],
    ['Cuối năm 2025', '2025-12-31', 'year'],
    ['Trong năm 2025', '2025-12-31', 'year'],
    ['2025 - 2026', '2026-12-31', 'range'],
    ['Giai đoạn 2026-2030', '2030-12-31', 'range'],
    // before: a day is itself the deadline, a period ends the day before it starts
    ['Trước ngày 15/8/2025', '2025-08-15', 'before'],
    ['Trước tháng 6/2025', '2025-05-31', 'before'],
    ['Trước Quý III/2025', '2025-06-30', 'before'],
    ['Trước năm 2026', '2025-12-31', 'before'],
    // by, within
    ['Chậm nhất ngày 15/8/2025', '2025-08-15', 'date'],
    ['Trong quý II/2025', '2025-06-30', 'quarter'],
    ['Hoàn thành trong tháng 6/2025', '2025-06-30', 'month'],
    ['Đến năm 2027', '2027-12-31', 'year'],
    // ongoing and empty
    ['thường xuyên', null, 'ongoing'],
    ['Hằng năm', null, 'ongoing'],
    ['Hàng quý', null, 'ongoing'],
    ['Liên tục', null, 'ongoing'],
    ['Thường xuyên, hằng năm', null, 'ongoing'],
    ['', null, 'empty'],
    ['   ', null, 'empty'],
    // what a cell carries around the text
    ['- Quý II/2025.', '2025-06-30', 'quarter'],
    ['Quý II/2025\n', '2025-06-30', 'quarter'],
  ])('%j -> %s (%s)', (text, dueDate, kind) => {
    expect(readDeadline(text)).toEqual({ ok: true, dueDate, kind, original: text });
  });

  it.each([
    ['Quý II', 2026, '2026-06-30'],
    ['Tháng 6', 2026, '2026-06-30'],
    ['15/8', 2026, '2026-08-15'],
    ['6 tháng đầu năm', 2026, '2026-06-30'],
  ])('%j takes the plan year %d when it names none -> %s', (text, defaultYear, dueDate) => {
    const d = readDeadline(text, { defaultYear });
    expect(d.ok && d.dueDate).toBe(dueDate);
  });

  it.each([
    'Quý II',
    '15/8',
    '31/02/2025',
    'Quý V/2025',
    'Tháng 13/2025',
    'Năm 1999',
    '2027-2025',
    '9 tháng cuối năm 2025',
    'Sớm nhất có thể',
    'Trước khi có hướng dẫn',
  ])('%j is refused, naming the forms that are understood', (text) => {
    const d = readDeadline(text);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.original).toBe(text);
    expect(d.message).toContain(`«${text.trim()}»`);
    expect(d.message).toContain('Quý II/2025');
    expect(d.message).toContain('Thường xuyên');
  });
});
