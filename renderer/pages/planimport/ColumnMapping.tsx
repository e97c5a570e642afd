// The columns the reader found in each sheet, which the person can correct: the header row, and for each
// field the column it is read from (or none). Sheets without a header can be taken in by hand.
import { useTranslation } from 'react-i18next';
import { PLAN_IMPORT_FIELDS } from '../../../shared/api/sheetSchemas';
import type { PlanImportDryRun, PlanImportSheet } from '../../../shared/api/sheetTypes';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Field, NumberInput, Select } from '../../components';
import { sheetsFrom, withColumn, type Choices } from './usePlanImport';

const letterOrder = (a: string, b: string) => a.length - b.length || a.localeCompare(b);

function columnOptions(sheet: PlanImportSheet, t: TFunction) {
  const seen = new Map<string, string>();
  for (const c of sheet.columns) seen.set(c.column, c.header);
  for (const c of sheet.unmapped) if (!seen.has(c.column)) seen.set(c.column, c.header);
  return [...seen.keys()].sort(letterOrder).map((column) => {
    const header = (seen.get(column) ?? '').replace(/\s+/g, ' ').trim();
    return {
      value: column,
      label: header
        ? t('planImport.mapping.column', { column, header })
        : t('planImport.mapping.columnEmpty', { column }),
    };
  });
}

interface Props {
  dryRun: PlanImportDryRun;
  choices: Choices;
  disabled: boolean;
  onChange(change: (c: Choices) => Choices): void;
}

export function ColumnMapping({ dryRun, choices, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const base = () => choices.sheets ?? sheetsFrom(dryRun);
  const setColumn = (sheet: string, field: (typeof PLAN_IMPORT_FIELDS)[number], column: string) =>
    onChange((c) => ({ ...c, sheets: withColumn(base(), sheet, field, column || null) }));
  const setHeaderRow = (sheet: string, row: number | null) =>
    onChange((c) => ({
      ...c,
      sheets: [...base().filter((s) => s.name !== sheet), { name: sheet, headerRow: row ?? undefined }],
    }));
  const setUsed = (sheet: string, used: boolean) =>
    onChange((c) => ({
      ...c,
      sheets: used ? [...base(), { name: sheet }] : base().filter((s) => s.name !== sheet),
    }));

  return (
    <section className="sheet-section" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{t('planImport.mapping.title')}</h3>
      <p className="sheet-note">{t('planImport.mapping.hint')}</p>
      {dryRun.sheets.map((sheet) => {
        const found = new Map(sheet.columns.map((c) => [c.field, c.column]));
        const options = columnOptions(sheet, t);
        return (
          <fieldset key={sheet.name} className="mapping-sheet" data-testid="mapping-sheet">
            <legend>{t('planImport.mapping.sheet', { name: sheet.name })}</legend>
            <div className="mapping-head">
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={sheet.used}
                  disabled={disabled}
                  onChange={(e) => setUsed(sheet.name, e.target.checked)}
                />
                {t('planImport.mapping.useSheet')}
              </label>
              {sheet.used ? (
                <HeaderRow
                  row={sheet.headerRow}
                  disabled={disabled}
                  onCommit={(n) => setHeaderRow(sheet.name, n)}
                />
              ) : null}
            </div>
            {sheet.used ? (
              <div className="mapping-grid">
                {PLAN_IMPORT_FIELDS.map((field) => (
                  <Field key={field} label={t(`planImport.mapping.fields.${field}`)}>
                    {(c) => (
                      <Select
                        {...c}
                        value={found.get(field) ?? ''}
                        disabled={disabled}
                        placeholder={t('planImport.mapping.none')}
                        options={options}
                        data-testid={`mapping-${field}`}
                        onChange={(v) => setColumn(sheet.name, field, v)}
                      />
                    )}
                  </Field>
                ))}
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}

/** The header row's number, sent when the box is left (not at each keystroke). */
function HeaderRow({
  row,
  disabled,
  onCommit,
}: {
  row: number | null;
  disabled: boolean;
  onCommit(n: number): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(row === null ? '' : String(row));
  return (
    <Field label={t('planImport.mapping.headerRow')}>
      {(c) => (
        <NumberInput
          {...c}
          className="mapping-row"
          value={text}
          disabled={disabled}
          onChange={setText}
          onBlur={() => {
            const n = Number(text);
            if (Number.isInteger(n) && n >= 1 && n <= 1000 && n !== row) onCommit(n);
            else setText(row === null ? '' : String(row));
          }}
        />
      )}
    </Field>
  );
}
