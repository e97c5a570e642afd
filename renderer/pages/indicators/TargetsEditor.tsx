// Targets per year with their baseline (indicators.setTarget). The table lists the years set; the form
// below sets a new year or, from "Sửa", changes one. Setting a year that exists replaces it (audited).
// The boxes always hold Vietnamese notation (1.234,5), the notation they are read with.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorTarget } from '../../../shared/api/types';
import { formatNumber } from '../../../shared/format/vi';
import { write } from '../../api/writes';
import {
  Button,
  changedKeys,
  Field,
  NumberInput,
  errorMessage,
  readNumberText,
  useFormSave,
  type FieldErrors,
} from '../../components';
import { useFormat } from '../../i18n/format';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  indicatorId: string;
  targets: IndicatorTarget[];
  defaultYear: number;
  onSaved(year: number): void;
}

export function TargetsEditor({ indicatorId, targets, defaultYear, onSaved }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const current = targets.find((x) => x.year === defaultYear);
  const [year, setYear] = useState(String(defaultYear));
  const [baseline, setBaseline] = useState(
    current?.baseline == null ? '' : formatNumber(current.baseline, 6),
  );
  const [target, setTarget] = useState(current ? formatNumber(current.target, 6) : '');
  const form = useFormSave();
  const { errors } = form;
  const formRef = useRef<HTMLFormElement>(null);
  // Unsaved when a value was typed that differs from the year's stored target (or a new year started).
  const stored = targets.find((x) => String(x.year) === year.trim());
  const storedTexts = {
    baseline: stored?.baseline == null ? '' : formatNumber(stored.baseline, 6),
    target: stored ? formatNumber(stored.target, 6) : '',
  };
  const unsaved = useUnsavedChanges(
    changedKeys(storedTexts, { baseline, target }).length > 0,
    `${year}|${baseline}|${target}`,
  );

  const edit = (x: IndicatorTarget) => {
    setYear(String(x.year));
    setBaseline(x.baseline === null ? '' : formatNumber(x.baseline, 6));
    setTarget(formatNumber(x.target, 6));
    form.setErrors({});
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const y = Number(year.trim());
    const b = readNumberText(baseline);
    const v = readNumberText(target);
    const found: FieldErrors = {};
    if (!Number.isInteger(y) || y < 2000 || y > 2100) found.year = t('indicators.targets.yearInvalid');
    if (!b.ok) found.baseline = t('input.numberInvalid');
    if (!v.ok) found.target = t('input.numberInvalid');
    else if (v.value === null) found.target = t('indicators.targets.targetRequired');
    if (!form.check(found) || !v.ok || v.value === null || !b.ok) return;
    const input = { indicatorId, year: y, baseline: b.value, target: v.value };
    await form.save(async () => {
      await write('indicators.setTarget', input);
      showStatus(t('indicators.targets.saved', { year: y }));
      unsaved.settled();
      onSaved(y);
    });
  }

  return (
    <section className="detail-section" aria-labelledby="targets-title">
      <h3 id="targets-title" className="section-title">
        {t('indicators.targets.title')}
      </h3>
      {targets.length === 0 ? (
        <p className="muted">{t('indicators.targets.none')}</p>
      ) : (
        <table className="table compact" data-testid="targets-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.targets.year')}</th>
              <th scope="col" className="num">
                {t('indicators.targets.baseline')}
              </th>
              <th scope="col" className="num">
                {t('indicators.targets.target')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('app.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((x) => (
              <tr key={x.year}>
                <td>{x.year}</td>
                <td className="num">{x.baseline === null ? '—' : f.number(x.baseline)}</td>
                <td className="num">{f.number(x.target)}</td>
                <td className="actions">
                  <Button
                    size="sm"
                    variant="link"
                    onClick={() => edit(x)}
                    aria-label={t('indicators.targets.editYear', { year: x.year })}
                  >
                    {t('app.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        ref={formRef}
        className="target-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('indicators.targets.add')}
      >
        <Field label={t('indicators.targets.year')} required error={errors.year} className="field-year">
          {(c) => (
            <NumberInput
              {...c}
              value={year}
              onChange={setYear}
              inputMode="numeric"
              data-testid="target-year"
            />
          )}
        </Field>
        <Field label={t('indicators.targets.baseline')} error={errors.baseline}>
          {(c) => (
            <NumberInput {...c} value={baseline} onChange={setBaseline} data-testid="target-baseline" />
          )}
        </Field>
        <Field label={t('indicators.targets.target')} required error={errors.target}>
          {(c) => <NumberInput {...c} value={target} onChange={setTarget} data-testid="target-value" />}
        </Field>
        <Button type="submit" variant="primary" busy={form.busy} data-testid="target-save">
          {t('indicators.targets.save')}
        </Button>
      </form>
      {form.failure ? (
        <p className="field-error" role="alert">
          {errorMessage(form.failure, t('app.unexpected'))}
        </p>
      ) : null}
    </section>
  );
}
