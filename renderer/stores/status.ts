// Short confirmations ("Đã lưu nhiệm vụ 1.2") announced in the status line (aria-live) at the bottom
// of the window. One message at a time: a secretariat officer wants the latest, not a stack.
import { create } from 'zustand';

export type StatusTone = 'success' | 'error' | 'info';

interface StatusState {
  message: string | null;
  tone: StatusTone;
  /** Increments per message so the same text twice is still announced. */
  seq: number;
  show(message: string, tone?: StatusTone): void;
  clear(): void;
}

export const useStatus = create<StatusState>((set) => ({
  message: null,
  tone: 'info',
  seq: 0,
  show: (message, tone = 'success') => set((s) => ({ message, tone, seq: s.seq + 1 })),
  clear: () => set({ message: null }),
}));

/** Shows a status message from anywhere (event handlers, after a save). */
export const showStatus = (message: string, tone?: StatusTone) => useStatus.getState().show(message, tone);
