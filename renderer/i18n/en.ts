import type { Strings } from './vi';

// English UI strings: the same keys as vi.ts (typecheck enforces it).
export const en: Strings = {
  app: {
    name: 'TienDo',
    tagline: 'Digital transformation progress',
    skipToContent: 'Skip to main content',
    language: 'Language',
    loading: 'Loading…',
    retry: 'Retry',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    add: 'Add',
    delete: 'Delete',
    archive: 'Archive',
    confirm: 'Confirm',
    search: 'Search',
    print: 'Print',
    none: 'None',
    saved: 'Saved',
    offline: 'Works without network',
  },
  nav: {
    dashboard: 'Overview',
    plans: 'Plans',
    tasks: 'Tasks',
    indicators: 'Indicators',
    meetings: 'Meetings',
    reports: 'Reports',
    catalog: 'Master data',
    settings: 'Settings',
  },
};
