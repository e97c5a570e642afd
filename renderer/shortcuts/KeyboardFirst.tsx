import './strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageName } from '../stores/route';
import { usePageFocus } from './pageFocus';
import { useShortcuts } from './useShortcuts';

/**
 * The app's keyboard layer, mounted once by App: the shortcut listener, the focus move to each new
 * page's heading, and a visually hidden live region that says which page opened (a screen reader
 * otherwise hears nothing when the sidebar link's page replaces the old one). A live region without
 * role=status: the status line stays the app's one status, where saves are confirmed.
 */
export function KeyboardFirst({ page }: { page: PageName }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  useShortcuts();
  usePageFocus(page, (p) => setSaid(t('shortcuts.pageOpened', { page: t(`nav.${p}`) })));
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="page-announcer">
      {said}
    </div>
  );
}
