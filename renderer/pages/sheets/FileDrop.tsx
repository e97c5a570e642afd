// Where a person gives TienDo spreadsheets: drag and drop onto the zone, or the "Chọn tệp…" button (a
// real file input under its label, so the keyboard and screen readers reach it). Files of another kind
// are named and left out here; everything else is judged by the backend, which says what to fix.
import './strings';
import './sheets.css';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readFileBase64 } from '../reports/files';

export interface Upload {
  fileName: string;
  fileBase64: string;
}

export interface FileDropProps {
  /** File name endings accepted, with the dot: ['.xlsx', '.csv']. */
  accept: readonly string[];
  multiple?: boolean;
  /** What the zone is for ("Tệp kế hoạch (.xlsx hoặc .csv)"). */
  label: string;
  hint?: string;
  busy?: boolean;
  testId?: string;
  onFiles(files: Upload[]): void;
  /** Files left out, in words (a wrong kind). */
  onRefused?(messages: string[]): void;
}

export function FileDrop({ accept, multiple, label, hint, busy, testId, onFiles, onRefused }: FileDropProps) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);

  const take = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const fits = (f: File) => accept.some((ending) => f.name.toLowerCase().endsWith(ending));
    // .xls and others still go to the backend, which tells the person how to save them as .xlsx.
    const kept = files.filter((f) => fits(f) || /\.(xls|ods|xlsm)$/i.test(f.name));
    const left = files.filter((f) => !kept.includes(f));
    if (left.length > 0)
      onRefused?.(left.map((f) => t('sheets.drop.wrongKind', { name: f.name, accept: accept.join(', ') })));
    if (kept.length === 0) return;
    setReading(true);
    try {
      const chosen = multiple ? kept : kept.slice(0, 1);
      onFiles(
        await Promise.all(
          chosen.map(async (f) => ({ fileName: f.name, fileBase64: await readFileBase64(f) })),
        ),
      );
    } finally {
      setReading(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) void take(e.dataTransfer.files);
  };

  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-busy={busy || reading || undefined}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p id={`${id}-label`} className="file-drop-label">
        {label}
      </p>
      <p className="file-drop-prompt">
        {reading || busy ? t('sheets.drop.reading') : t('sheets.drop.prompt')}{' '}
        <label htmlFor={id} className={`btn btn-secondary btn-sm file-drop-button${busy ? ' disabled' : ''}`}>
          {multiple ? t('sheets.drop.chooseMany') : t('sheets.drop.choose')}
        </label>
        <input
          id={id}
          type="file"
          className="visually-hidden"
          accept={accept.join(',')}
          multiple={multiple}
          disabled={busy}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            void take(e.target.files);
            e.target.value = ''; // the same file chosen again is a new choice
          }}
        />
      </p>
      {hint ? (
        <p id={`${id}-hint`} className="file-drop-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
