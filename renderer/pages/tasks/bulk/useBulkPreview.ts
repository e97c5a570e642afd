// What tasks.bulkUpdate would do with the bar's patch, read (tasks.bulkPreview) a moment after the bar
// stops changing; null while the answer for the patch on screen is not in yet, so a stale answer never
// lets "Áp dụng" through.
import { useEffect, useState } from 'react';
import type { BulkPreview } from '../../../../shared/api/types';
import { useApiQuery } from '../../../hooks/useApiQuery';
import type { BulkPatch } from './bulkPatch';

const DELAY_MS = 250;

export function useBulkPreview(ids: readonly string[], patch: BulkPatch | null) {
  const key = patch && ids.length > 0 ? JSON.stringify({ ids, patch }) : null;
  const [asked, setAsked] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(key), DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const input = asked !== null && asked === key && patch ? { ids: [...ids], patch } : null;
  const query = useApiQuery('tasks.bulkPreview', input);
  const preview: BulkPreview | null = input && !query.stale ? (query.data ?? null) : null;
  return { preview, error: query.error };
}
