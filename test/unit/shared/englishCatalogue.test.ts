// English complete (issue 14): the error catalogue and the i18n bundles say everything in both languages.
// Every catalogued message has a Vietnamese and an English wording that uses no Vietnamese letters; the
// schemas' field labels all have their English; the renderer's bundles (vi.ts/en.ts and every page's
// strings.ts) have the same keys in both languages.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_PARTS, MESSAGES, type Entry, type ParamValue } from '../../../shared/errors/catalogue';
import { hasTermEn } from '../../../shared/errors/terms';
import { keyedOf, wordKeyed } from '../../../shared/errors/wording';
import * as schemas from '../../../shared/api/schemas';

vi.hoisted(() => {
  // The bundles' module (renderer/i18n/index.ts) keeps the language in localStorage and on <html lang>.
  Object.assign(globalThis, {
    localStorage: { getItem: () => null, setItem: () => undefined },
    document: { documentElement: { lang: '' } },
  });
});

/** Vietnamese letters (ă â đ ê ô ơ ư and the tone marks), on NFC text. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

const sample = (names: readonly string[]): Record<string, ParamValue> =>
  Object.fromEntries(names.map((n) => [n, n === 'label' ? 'Mã nhiệm vụ' : n === 'what' ? 'nhiệm vụ' : 'X1']));

describe('the error catalogue', () => {
  it('words every key in Vietnamese and in English without Vietnamese letters', () => {
    for (const [key, entry] of Object.entries(MESSAGES) as [string, Entry<string>][]) {
      const params = sample(entry.params);
      expect(wordKeyed({ key, params }, 'vi'), key).toBe(entry.vi(params));
      const en = wordKeyed({ key, params }, 'en');
      expect(en, key).toBeTruthy();
      expect(en!.normalize('NFC'), `${key}: ${en}`).not.toMatch(VIETNAMESE);
    }
  });

  it('defines each key in one part of the catalogue only (a later spread would silently replace it)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [part, messages] of Object.entries(MESSAGE_PARTS)) {
      for (const key of Object.keys(messages)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} (${other} and ${part})`);
        seen.set(key, part);
      }
    }
    expect(clashes).toEqual([]);
    expect(Object.keys(MESSAGES)).toHaveLength(seen.size);
  });

  it('falls back (null) for an unknown key or a missing parameter, so the Vietnamese is shown', () => {
    expect(wordKeyed({ key: 'KHONG_CO_KHOA_NAY', params: {} }, 'en')).toBeNull();
    expect(wordKeyed({ key: 'TRUNG_MA_NHIEM_VU', params: { code: 'A' } }, 'en')).toBeNull();
  });

  it('finds the key of every message the schemas build, and has the English of every label', () => {
    const result = schemas.taskCreate.safeParse({
      planId: 'x',
      code: '',
      title: 'a'.repeat(3000),
      progress: 150,
    });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) {
      const keyed = keyedOf(issue.message);
      expect(keyed, issue.message).toBeDefined();
      const en = wordKeyed(keyed!, 'en')!;
      expect(en.normalize('NFC'), en).not.toMatch(VIETNAMESE);
    }
    expect(wordKeyed(keyedOf('Mã nhiệm vụ: không được để trống.')!, 'en')).toBe(
      'Task code: must not be empty.',
    );
  });

  it('has the English of every label the contract schemas name', async () => {
    const sources = ['shared/api/schemas.ts', 'shared/api/contract.ts', 'shared/api/sheetSchemas.ts'];
    const { readFileSync } = await import('node:fs');
    const labels = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(path.join(__dirname, '../../..', file), 'utf8');
      for (const m of text.matchAll(/\b(?:line|optionalLine|text|isoDate|year|email|finite)\('([^']+)'/g))
        labels.add(m[1]!);
    }
    expect(labels.size).toBeGreaterThan(30);
    expect([...labels].filter((l) => !hasTermEn(l))).toEqual([]);
  });
});

type Tree = { [key: string]: Tree | string };
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}
/** English may add plural forms ('days_one', 'days_other') where Vietnamese has one word. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the i18n bundles', () => {
  it('have the same keys in Vietnamese and English, app-wide and in every page folder', async () => {
    const { i18n } = await import('../../../renderer/i18n');
    const pages = path.join(__dirname, '../../../renderer/pages');
    const files = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /(^|\/)strings\.ts$/.test(f),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) await import(path.join(pages, f));
    for (const f of ['changeStrings.ts', 'pageErrorStrings.ts'])
      await import(path.join(__dirname, '../../../renderer/i18n', f));
    const viKeys = new Set(leaves(i18n.getResourceBundle('vi', 'translation') as Tree));
    const enKeys = new Set(leaves(i18n.getResourceBundle('en', 'translation') as Tree).map(base));
    expect([...viKeys].filter((k) => !enKeys.has(base(k)))).toEqual([]);
    expect([...enKeys].filter((k) => !viKeys.has(k) && ![...viKeys].some((v) => base(v) === k))).toEqual([]);
  });
});
