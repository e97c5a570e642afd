// What the officer is looking at across pages: the current plan and the reference date ("ngày tham
// chiếu") at which situations and assessments are computed. Kept in localStorage so a reload or the
// next day's session opens where they left off.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { IsoDate } from '../../shared/domain';

interface WorkspaceState {
  /** null: not chosen yet, pages fall back to the latest plan being carried out. */
  planId: string | null;
  /** null: today (follows the calendar, so tomorrow it is tomorrow). */
  at: IsoDate | null;
  setPlanId(planId: string | null): void;
  setAt(at: IsoDate | null): void;
}

export const useWorkspace = create<WorkspaceState>()(
  persist(
    (set) => ({
      planId: null,
      at: null,
      setPlanId: (planId) => set({ planId }),
      setAt: (at) => set({ at }),
    }),
    { name: 'tiendo.workspace', version: 1, partialize: (s) => ({ planId: s.planId, at: s.at }) },
  ),
);
