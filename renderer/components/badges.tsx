import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../shared/domain';
import type { Assessment } from '../../shared/rules/indicatorAssessment';
import type { TaskSituation } from '../../shared/rules/taskSituation';

/** The situation as a coloured label. Colour repeats the words, never replaces them. */
export function SituationBadge({ situation }: { situation: TaskSituation }) {
  const { t } = useTranslation();
  return <span className={`badge sit-${situation}`}>{t(`situation.${situation}`)}</span>;
}

export function AssessmentBadge({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return <span className={`badge as-${assessment}`}>{t(`assessment.${assessment}`)}</span>;
}

export function TaskStateLabel({ state }: { state: TaskState }) {
  const { t } = useTranslation();
  return <span className="state-label">{t(`taskState.${state}`)}</span>;
}

/** Progress as a thin bar with the number beside it (the number is what is read aloud and printed). */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="progress-value">{label}</span>
    </span>
  );
}
