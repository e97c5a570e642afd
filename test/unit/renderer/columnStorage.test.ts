// Column widths kept per table in localStorage (renderer/components/table/columnStorage): what is read
// back is checked, and a broken value falls back to the defaults instead of breaking the list.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  columnStorageKey,
  loadColumnSizes,
  saveColumnSizes,
} from '../../../renderer/components/table/columnStorage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('column widths in localStorage', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads back what was saved, per table', () => {
    saveColumnSizes('tasks', { title: 420 });
    saveColumnSizes('plans', { title: 300 });
    expect(loadColumnSizes('tasks')).toEqual({ title: 420 });
    expect(loadColumnSizes('plans')).toEqual({ title: 300 });
  });

  it('keeps every width of a sound value, up to 10,000 px', () => {
    localStorage.setItem(columnStorageKey('tasks'), '{"code":80.5,"title":10000}');
    expect(loadColumnSizes('tasks')).toEqual({ code: 80.5, title: 10000 });
  });

  it('forgets the table when every width is back to automatic', () => {
    saveColumnSizes('tasks', { title: 420 });
    saveColumnSizes('tasks', {});
    expect(localStorage.getItem(columnStorageKey('tasks'))).toBeNull();
  });

  it.each([
    ['not JSON', '{title:'],
    ['a negative width', '{"title":-5}'],
    ['a width as text', '{"title":"wide"}'],
    ['an array', '[420]'],
    ['a width of zero', '{"title":0}'],
    ['a width past 10,000 px', '{"title":10001}'],
    ['one bad width among good ones', '{"code":80,"title":null}'],
    ['null', 'null'],
    ['a bare number', '420'],
  ])('drops %s and serves the defaults', (_what, raw) => {
    localStorage.setItem(columnStorageKey('tasks'), raw);
    expect(loadColumnSizes('tasks')).toEqual({});
  });
});
