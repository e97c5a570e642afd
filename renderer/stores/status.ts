// Short confirmations ("Đã lưu nhiệm vụ 1.2") announced in the status line (aria-live) at the bottom
// of the window. One message at a time: a secretariat officer wants the latest, not a stack. A message
// may carry one action ("Hoàn tác" after a bulk update, a merge, a paste).
import { create } from 'zustand';

export type StatusTone = 'success' | 'error' | 'info';

export interface StatusAction {
  label: string;
  run(): void;
}

interface StatusState {
  message: string | null;
  tone: StatusTone;
  action: StatusAction | null;
  /** Increments per message so the same text twice is still announced. */
  seq: number;
  show(message: string, tone?: StatusTone, action?: StatusAction | null): void;
  clear(): void;
}

export const useStatus = create<StatusState>((set) => ({
  message: null,
  tone: 'info',
  action: null,
  seq: 0,
  show: (message, tone = 'success', action = null) => set((s) => ({ message, tone, action, seq: s.seq + 1 })),
  clear: () => set({ message: null, action: null }),
}));

/** Shows a status message from anywhere (event handlers, after a save), optionally with one action. */
export const showStatus = (message: string, tone?: StatusTone, action?: StatusAction | null) =>
  useStatus.getState().show(message, tone, action);
