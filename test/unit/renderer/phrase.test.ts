// A phrase prepared once (renderer/i18n/phrase.ts) says exactly what i18next's t() says for the same key
// and value: in both languages, with the value at the start, the middle, the end or twice, and for a
// phrase without the value at all.
import { describe, expect, it, vi } from 'vitest';
import { i18n, registerStrings } from '../../../renderer/i18n';
import { phrase } from '../../../renderer/i18n/phrase';

// The i18n module keeps the chosen language in localStorage and on <html lang>: these stand-ins are all
// of the browser it touches.
vi.hoisted(() => {
  Object.assign(globalThis, {
    localStorage: { getItem: () => null, setItem: () => undefined },
    document: { documentElement: { lang: '' } },
  });
});

registerStrings('phraseTest', {
  vi: {
    end: 'Chọn nhiệm vụ {{code}}',
    start: '{{width}} điểm ảnh',
    twice: '{{code}} — nhiệm vụ {{code}}',
    none: 'Kéo để đổi độ rộng cột',
  },
  en: {
    end: 'Select task {{code}}',
    start: '{{width}} pixels',
    twice: '{{code}}: task {{code}}',
    none: 'Drag to change the column width',
  },
});

describe('phrase', () => {
  const cases = [
    ['phraseTest.end', 'code', 'NV-01.2'],
    ['phraseTest.start', 'width', 140],
    ['phraseTest.twice', 'code', 'Đ/Ư-3'],
    ['phraseTest.none', 'code', 'x'],
  ] as const;

  for (const lng of ['vi', 'en'] as const) {
    it(`says what t() says, in ${lng}`, () => {
      const t = i18n.getFixedT(lng);
      for (const [key, name, value] of cases) {
        expect(phrase(t, key, name)(value), key).toBe(t(key, { [name]: value }));
      }
    });
  }

  it('puts in each value it is given, not the first one', () => {
    const select = phrase(i18n.getFixedT('vi'), 'phraseTest.end', 'code');
    expect([select('A'), select('B'), select('')]).toEqual([
      'Chọn nhiệm vụ A',
      'Chọn nhiệm vụ B',
      'Chọn nhiệm vụ ',
    ]);
  });
});
