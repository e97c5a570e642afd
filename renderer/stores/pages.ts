// The app's pages in the sidebar's order. A module of its own, with no browser in it, so that tests in
// Node (the shortcut registry's, the English sweep's) walk the very list the sidebar shows.
export const PAGES = [
  'dashboard',
  'plans',
  'tasks',
  'indicators',
  'meetings',
  'rounds',
  'reports',
  'catalog',
  'settings',
] as const;
export type PageName = (typeof PAGES)[number];
