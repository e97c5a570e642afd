import './strings';
import './search.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/types';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useRoute } from '../../stores/route';
import { Modal } from '../Modal';
import { matchParts, type TextPart } from './matchText';
import { groupHits, searchTarget } from './searchTargets';

/** Typing pauses this long before a query is sent. */
const DEBOUNCE_MS = 150;
const LIMIT = 60;

function useDebouncedValue(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

function Marked({ parts }: { parts: TextPart[] }) {
  return (
    <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
  );
}

/**
 * Search everywhere (Ctrl+K, the header's box): one field over the search index of every kind of record,
 * the results grouped by kind. The combobox + listbox pattern: the focus stays in the field, ↑/↓ move the
 * active option (aria-activedescendant), Enter opens it in its page, Esc closes and gives focus back.
 * Each text is its own query (TanStack Query keys by it), so a slow answer to an older text never
 * replaces the results of a newer one. The header mounts it only while it is open, so each opening starts
 * from an empty field.
 */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRoute((s) => s.navigate);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const result = useApiQuery('search.query', q ? { q, limit: LIMIT } : null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-o${i}`;
  const list = useRef<HTMLDivElement>(null);

  // Only the answer to the text on screen counts: a placeholder (the previous text's) is shown dimmed.
  const hits = useMemo(() => (q ? (result.data ?? []) : []), [q, result.data]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const current = !result.stale && !result.loading;

  useEffect(() => setActive(0), [flat]);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId is derived from listId
  }, [active, flat]);

  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const target = searchTarget(hit);
    onClose();
    navigate(target.page, target.params);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + flat.length) % flat.length);
    } else if (e.key === 'Home' && e.ctrlKey) {
      setActive(0);
    } else if (e.key === 'End' && e.ctrlKey) {
      setActive(Math.max(0, flat.length - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openHit(flat[active]);
    }
  };

  let status: string;
  if (!q) status = t('search.typeToSearch');
  else if (!current && hits.length === 0) status = t('search.searching');
  else if (hits.length === 0) status = t('search.none', { q });
  else status = t('search.count', { count: hits.length, formatted: fmt.number(hits.length) });

  let index = -1;
  return (
    <Modal open title={t('search.title')} onClose={onClose} size="lg" testId="search-dialog">
      <div className="search-dialog">
        <label className="visually-hidden" htmlFor={`${listId}-input`}>
          {t('search.label')}
        </label>
        <input
          id={`${listId}-input`}
          data-autofocus
          className="input search-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={flat.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <p className="search-status" role="status" aria-live="polite" data-testid="search-status">
          {status}
        </p>
        <div
          ref={list}
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          className={`search-results${current ? '' : ' search-stale'}`}
          data-testid="search-results"
        >
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`} className="search-group">
              <div role="presentation" id={`${listId}-${g.kind}`} className="search-group-title">
                {t('search.groupCount', {
                  kind: t(`search.kinds.${g.kind}`),
                  count: fmt.number(g.hits.length),
                })}
              </div>
              {g.hits.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={`${hit.entity}:${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={`search-option${i === active ? ' search-option-active' : ''}`}
                    data-testid="search-option"
                    data-kind={hit.entity}
                    onMouseMove={() => setActive(i)}
                    onClick={() => openHit(hit)}
                  >
                    <span className="search-code">{hit.snippet}</span>
                    <span className="search-title">
                      <Marked parts={matchParts(hit.title, q, hit.entity === 'conclusion' ? 140 : 160)} />
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p className="search-hint" aria-hidden="true">
          {t('search.hint')}
        </p>
      </div>
    </Modal>
  );
}
