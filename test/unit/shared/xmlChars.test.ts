// Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) make a
// workbook part not well-formed, so Excel refuses the whole file. They are refused when typed, with the
// field named, and stripped from old data on export (workbook writers, .eml).
import { describe, expect, it } from 'vitest';
import { line, optionalLine, planCreate, text } from '../../../shared/api/schemas';
import { firstXmlForbidden, stripXmlForbidden } from '../../../shared/text/xmlChars';

const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('firstXmlForbidden / stripXmlForbidden', () => {
  it('finds and strips every character XML 1.0 forbids, and nothing else', () => {
    for (const ch of FORBIDDEN) {
      expect(firstXmlForbidden(`Kế${ch}hoạch`), JSON.stringify(ch)).toEqual({
        index: 2,
        codePoint: ch.charCodeAt(0),
      });
      expect(stripXmlForbidden(`Kế${ch}hoạch`)).toBe('Kếhoạch');
    }
    const allowed = 'Tab\tLF\nCR\r đ Đ “x” — 😀 \u007f \u0085 \uFFFD \uE000 \u{10FFFF}';
    expect(firstXmlForbidden(allowed)).toBeNull();
    expect(stripXmlForbidden(allowed)).toBe(allowed);
    // a surrogate pair is one character; either half alone is not
    expect(stripXmlForbidden('a\uD83D\uDE00b\uDE00\uD83Dc')).toBe('a\uD83D\uDE00bc');
  });
});

describe('the input helpers refuse them, naming the field', () => {
  it('line, optionalLine and text', () => {
    for (const schema of [line('Tên nhiệm vụ'), optionalLine('Tên nhiệm vụ'), text('Tên nhiệm vụ')]) {
      const r = schema.safeParse('Triển khai\uFFFF nền tảng');
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe(
        'Tên nhiệm vụ: có ký tự không dùng được trong văn bản (U+FFFF, ở vị trí 11); hãy xóa ký tự đó (thường do dán từ phần mềm khác) rồi lưu lại.',
      );
      expect(schema.safeParse('Dòng một\nDòng hai\tcột').success).toBe(true);
    }
    expect(text('Kết quả').safeParse('lỗi \u0007 chuông').error?.issues[0]?.message).toContain(
      '(U+0007, ở vị trí 5)',
    );
  });

  it('reach the schemas built on them', () => {
    const r = planCreate.safeParse({ code: 'KH-1', title: 'Kế hoạch\uD800', yearFrom: 2025, yearTo: 2025 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(
      'Tên kế hoạch: có ký tự không dùng được trong văn bản (U+D800, ở vị trí 9); hãy xóa ký tự đó (thường do dán từ phần mềm khác) rồi lưu lại.',
    );
  });
});
