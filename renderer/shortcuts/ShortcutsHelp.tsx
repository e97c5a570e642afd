import './strings';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';
import { SHORTCUT_HELP, type ShortcutHelp } from './registry';

/** Ctrl on Windows and Linux, ⌘ on macOS, as the keys shown in the help. */
const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

function Keys({ combos, or, then }: { combos: string[][]; or: string; then: string }) {
  return (
    <>
      {combos.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 ? <span className="shortcut-or"> {or} </span> : null}
          {combo.map((k, j) => (
            <Fragment key={j}>
              {j > 0 ? (combo[0] === 'G' ? ` ${then} ` : '+') : null}
              <kbd>{k === 'Mod' ? MOD : k}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The help dialog ("?", or the header's button): every shortcut of the registry, one per row. The header
 * mounts it only while it is open, as it does the search dialog.
 */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const describe = (s: ShortcutHelp) =>
    s.action === 'go' && s.page
      ? t('shortcuts.actions.go', { page: t(`nav.${s.page}`) })
      : t(`shortcuts.actions.${s.action}`);
  return (
    <Modal open title={t('shortcuts.title')} onClose={onClose} size="md" testId="shortcuts-help">
      <p>{t('shortcuts.intro')}</p>
      <table className="table shortcuts-table" data-testid="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map((s) => (
            <tr key={`${s.action}:${s.page ?? ''}`} data-testid="shortcut-row">
              <td className="shortcut-keys">
                <Keys combos={s.keys} or={t('shortcuts.or')} then={t('shortcuts.then')} />
              </td>
              <td>{describe(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
