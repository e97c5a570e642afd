// The grid's save status ("Đang lưu…", "Đã lưu lúc 10:32", or the error with "Thử lại") and the list
// of cells that were not saved because their text is not a number. Both are live regions, so a screen
// reader hears that typing was saved or refused without leaving the grid.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components';
import { useFormat } from '../../../i18n/format';
import type { CellPos } from './gridModel';
import { invalidMessageId } from './GridCell';
import type { SaveStatus } from './useValueSaver';

interface Props {
  status: SaveStatus;
  note: string;
  invalid: { pos: CellPos; message: string }[];
  onRetry(): void;
  onGoTo(pos: CellPos): void;
}

export function GridStatus({ status, note, invalid, onRetry, onGoTo }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text =
    status.kind === 'saved'
      ? t('indicators.grid.status.saved', { time: fmt.time(status.at) })
      : status.kind === 'error'
        ? t('indicators.grid.status.error', { message: status.message })
        : t(`indicators.grid.status.${status.kind}`);
  return (
    <div className="grid-feedback">
      <div className="grid-status-line">
        <p
          className={`grid-status ${status.kind}`}
          role="status"
          data-testid="grid-save-status"
          data-state={status.kind}
        >
          {text}
          {note && <span className="grid-note"> {note}</span>}
        </p>
        {status.kind === 'error' && (
          <Button size="sm" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
      </div>
      <div aria-live="polite" className="grid-invalid" data-testid="grid-invalid">
        {invalid.length > 0 && (
          <>
            <p className="grid-invalid-title">
              {t('indicators.grid.invalidTitle', { count: invalid.length })}
            </p>
            <ul>
              {invalid.map(({ pos, message }) => (
                <li key={`${pos.row}:${pos.col}`}>
                  <span id={invalidMessageId(pos)}>{message}</span>{' '}
                  <Button variant="link" size="sm" onClick={() => onGoTo(pos)}>
                    {t('indicators.grid.goToCell')}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
