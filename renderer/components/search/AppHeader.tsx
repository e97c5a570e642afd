import './strings';
import './search.css';
import '../../shortcuts/strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../../shortcuts/handlers';
import { ShortcutsHelp } from '../../shortcuts/ShortcutsHelp';
import { SearchDialog } from './SearchDialog';

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * The bar above every page: the search box (it opens the search dialog, as Ctrl+K and "/" do) and the
 * shortcuts help ("?"). Both dialogs live here, so the shortcuts work on every page. Each is mounted only
 * while open: the header is in every page's first frame, and dialogs nobody opened would render there.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const [helping, setHelping] = useState(false);
  useShortcut('search', () => setSearching(true));
  useShortcut('help', () => setHelping(true));
  return (
    <header className="app-header no-print">
      <button
        type="button"
        className="app-search-box"
        onClick={() => setSearching(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        title={t('search.openHint')}
        data-testid="search-open"
      >
        <span aria-hidden="true">⌕</span>
        <span className="app-search-label">{t('search.open')}</span>
        <kbd aria-hidden="true">{MOD}+K</kbd>
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={() => setHelping(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        data-testid="shortcuts-open"
      >
        {t('shortcuts.open')}
      </button>
      {searching ? <SearchDialog onClose={() => setSearching(false)} /> : null}
      {helping ? <ShortcutsHelp onClose={() => setHelping(false)} /> : null}
    </header>
  );
}
