/** Chart colours: the same meaning as the situation badges (green done, red overdue), muted otherwise. */
export const CHART_COLORS = {
  done: '#2e8b57',
  overdue: '#c0392b',
  other: '#9fb3cf',
  rate: '#1f4e8c',
} as const;
