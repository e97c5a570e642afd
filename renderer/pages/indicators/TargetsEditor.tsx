// Targets per year with their baseline (indicators.setTarget). The table lists the years set; the form
// below sets a new year or, from "Sửa", changes one. Setting a year that exists replaces it (audited).
// The boxes always hold Vietnamese notation (1.234,5), the notation they are read with.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { IndicatorTarget } from '../../../shared/api/types';
import { formatNumber } from '../../../shared/format/vi';
import { write } from '../../api/writes';
import { Button, errorMessage } from '../../components';
import { checkedForm, FormNumber, numberText, useRecordForm } from '../../components/form';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';

interface Props {
  indicatorId: string;
  targets: IndicatorTarget[];
  defaultYear: number;
  onSaved(year: number): void;
}

interface Draft {
  year: string;
  baseline: string;
  target: string;
}
const ORDER = ['year', 'baseline', 'target'] as const;

const textsOf = (year: number, x: IndicatorTarget | undefined): Draft => ({
  year: String(year),
  baseline: x?.baseline == null ? '' : formatNumber(x.baseline, 6),
  target: x ? formatNumber(x.target, 6) : '',
});

/** The texts read, then checked with indicators.setTarget's own fields. */
const targetSchema = (yearInvalid: string, targetRequired: string) =>
  checkedForm(
    z.object({
      year: z.string().transform((text, ctx) => {
        const y = Number(text.trim());
        if (text.trim() !== '' && Number.isInteger(y) && y >= 2000 && y <= 2100) return y;
        ctx.addIssue({ code: 'custom', message: yearInvalid });
        return z.NEVER;
      }),
      baseline: numberText(),
      target: numberText(),
    }),
    contract['indicators.setTarget'].input.omit({ indicatorId: true }),
    {
      target: targetRequired,
    },
  );

export function TargetsEditor({ indicatorId, targets, defaultYear, onSaved }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const schema = useMemo(
    () => targetSchema(t('indicators.targets.yearInvalid'), t('indicators.targets.targetRequired')),
    [t],
  );
  // Unsaved when a value was typed that differs from the year's stored target (or a new year started).
  const form = useRecordForm(
    {
      schema,
      initial: textsOf(
        defaultYear,
        targets.find((x) => x.year === defaultYear),
      ),
      order: ORDER,
    },
    () => formRef.current,
  );

  const edit = (x: IndicatorTarget) => {
    form.restart(textsOf(x.year, x));
    form.setFailure(null);
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  const submit = () =>
    form.submit(async (input) => {
      await write('indicators.setTarget', { indicatorId, ...input });
      showStatus(t('indicators.targets.saved', { year: input.year }));
      onSaved(input.year);
    }, false);

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
      <FormProvider {...form.methods}>
        <form
          ref={formRef}
          className="target-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
          aria-label={t('indicators.targets.add')}
        >
          <FormNumber<Draft>
            name="year"
            label={t('indicators.targets.year')}
            required
            className="field-year"
            testId="target-year"
          />
          <FormNumber<Draft>
            name="baseline"
            label={t('indicators.targets.baseline')}
            testId="target-baseline"
          />
          <FormNumber<Draft>
            name="target"
            label={t('indicators.targets.target')}
            required
            testId="target-value"
          />
          <Button type="submit" variant="primary" busy={form.busy} data-testid="target-save">
            {t('indicators.targets.save')}
          </Button>
        </form>
      </FormProvider>
      {form.failure ? (
        <p className="field-error" role="alert">
          {errorMessage(form.failure, t('app.unexpected'))}
        </p>
      ) : null}
    </section>
  );
}
