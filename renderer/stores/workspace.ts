// What the officer is looking at across pages: the current plan and the reference date ("ngày tham
// chiếu") at which situations and assessments are computed. The reference date is kept in localStorage;
// the plan only for the session: the plan pages open on is a setting the person chooses (defaultPlanId),
// so a new session, or a newly added plan, never moves them off it.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { IsoDate } from '../../shared/domain';

interface WorkspaceState {
  /** null: not chosen in this session, pages show the plan they open on (settings.defaultPlanId). */
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
    {
      name: 'tiendo.workspace',
      version: 2,
      partialize: (s) => ({ at: s.at }),
      // Version 1 also kept the plan; dropping it lets the chosen default apply.
      migrate: (persisted) => ({
        at:
          persisted && typeof persisted === 'object' && 'at' in persisted && typeof persisted.at === 'string'
            ? persisted.at
            : null,
      }),
    },
  ),
);
