// A page's strings join i18next under their namespace (renderer/i18n registerStrings): keys another file
// registered are refused by name, keys beside them in the same namespace are merged, both languages alike.
import { describe, expect, it, vi } from 'vitest';
import { i18n, registerStrings } from '../../../renderer/i18n';

// The i18n module keeps the chosen language in localStorage and on <html lang>: these stand-ins are all
// of the browser it touches.
vi.hoisted(() => {
  Object.assign(globalThis, {
    localStorage: { getItem: () => null, setItem: () => undefined },
    document: { documentElement: { lang: '' } },
  });
});

describe('registerStrings', () => {
  it('adds a namespace in both languages, and more keys to it from another file', () => {
    registerStrings('regA', {
      vi: { title: 'Tiêu đề', form: { save: 'Lưu' } },
      en: { title: 'Title', form: { save: 'Save' } },
    });
    registerStrings('regA', { vi: { form: { cancel: 'Hủy' } }, en: { form: { cancel: 'Cancel' } } });
    expect(i18n.t('regA.title')).toBe('Tiêu đề');
    expect(i18n.t('regA.form.save')).toBe('Lưu');
    expect(i18n.t('regA.form.cancel')).toBe('Hủy');
    expect(i18n.t('regA.form.cancel', { lng: 'en' })).toBe('Cancel');
  });

  it('refuses keys already taken, naming each, and changes nothing', () => {
    registerStrings('regB', { vi: { a: 'một', deep: { b: 'hai' } }, en: { a: 'one', deep: { b: 'two' } } });
    expect(() =>
      registerStrings('regB', {
        vi: { a: 'khác', deep: { b: 'khác', c: 'ba' }, d: 'bốn' },
        en: { a: 'other', deep: { b: 'other', c: 'three' }, d: 'four' },
      }),
    ).toThrow('i18n: these keys are already taken: regB.a, regB.deep.b');
    expect(i18n.t('regB.a')).toBe('một');
    expect(i18n.exists('regB.deep.c')).toBe(false);
    expect(i18n.exists('regB.d')).toBe(false);
  });

  it('does not take keys of a namespace for those of another with the same inner names', () => {
    registerStrings('regC', { vi: { same: 'C' }, en: { same: 'C' } });
    registerStrings('regD', { vi: { same: 'D' }, en: { same: 'D' } });
    expect(i18n.t('regC.same')).toBe('C');
    expect(i18n.t('regD.same')).toBe('D');
  });
});
