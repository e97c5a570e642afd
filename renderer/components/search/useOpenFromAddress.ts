// Deep links for search results on pages that had none: '#/catalog?agency=…' opens that agency's form,
// '#/plans?plan=…' that plan's editor, '#/meetings?id=…&conclusion=…' marks the conclusion's row.
import { useEffect } from 'react';
import { useRoute } from '../../stores/route';

/**
 * Once `records` holds the record named by the address parameter `param`, calls `open` with it and
 * removes the parameter (replacing the history entry), so closing the form does not reopen it.
 */
export function useOpenFromAddress<T extends { id: string }>(
  param: string,
  records: readonly T[] | undefined,
  open: (record: T) => void,
): void {
  const wanted = useRoute((s) => s.params[param]);
  const setParams = useRoute((s) => s.setParams);
  useEffect(() => {
    if (!wanted || !records) return;
    const record = records.find((r) => r.id === wanted);
    setParams({ [param]: null });
    if (record) open(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the record or the list arrives
  }, [wanted, records]);
}

/**
 * Marks the element `selector` finds (a table row) as the one a search result pointed at: scrolled into
 * the middle of the view and focused, so the officer sees it and the keyboard starts there.
 */
export function useMarkElement(selector: string | null): void {
  useEffect(() => {
    if (!selector) return;
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    el.classList.add('search-marked');
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.scrollIntoView({ block: 'center' });
    if (!document.activeElement?.closest('dialog[open]')) el.focus({ preventScroll: true });
    return () => el.classList.remove('search-marked');
  }, [selector]);
}
