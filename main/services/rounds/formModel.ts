// What an agency's collection form holds, as plain data (the workbook is drawn from it): the tasks it
// leads with their current state (the cells it fills), the tasks it supports (read-only), the indicators
// it leads with the round period's value, and the hidden metadata: database, round, agency and the version
// of every fillable field, with its authentication code.
import { z } from 'zod';
import { TASK_STATE_LABELS, type TaskState } from '../../../shared/domain';
import { previousPeriodKey } from '../../../shared/rules/plausibility';
import { TASK_SITUATION_LABELS } from '../../../shared/rules/taskSituation';
import { sortKeyOf } from '../../db/functions';
import { getAgency } from '../agencies';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings';
import { situationParams } from '../tasks';
import { situationSql } from '../taskSituationSql';
import { fieldHash, type FieldValue } from './fieldHash';
import { databaseId, formKey, formMac } from './formKey';
import { getRoundRow, periodLabelOf } from './rounds';
import { parsePeriod } from '../../../shared/rules/periods';
import { all, sql } from '../../db/sql';

export const TASK_FORM_FIELDS = [
  'progress',
  'state',
  'completedOn',
  'result',
  'difficulties',
  'proposals',
] as const;
export type TaskFormField = (typeof TASK_FORM_FIELDS)[number];
export const VALUE_FORM_FIELDS = ['value', 'note', 'evidence'] as const;
export type ValueFormField = (typeof VALUE_FORM_FIELDS)[number];

/** The hidden metadata of a form, version 1. Rows are [id, code, hashes of the fillable fields in order]. */
export const formMetaSchema = z.object({
  v: z.literal(1),
  kind: z.literal('tiendo-form'),
  db: z.string().regex(/^[0-9a-f]{32}$/),
  province: z.string().max(300),
  round: z.string().uuid(),
  period: z.string().max(20),
  periodLabel: z.string().max(100),
  due: z.string().max(10),
  agency: z.string().uuid(),
  agencyName: z.string().max(600),
  issuedAt: z.string().max(40),
  tasks: z
    .array(z.tuple([z.string().uuid(), z.string().max(60), z.array(z.string().max(16)).length(6)]))
    .max(5000),
  values: z
    .array(z.tuple([z.string().uuid(), z.string().max(60), z.array(z.string().max(16)).length(3)]))
    .max(5000),
});
export type FormMeta = z.infer<typeof formMetaSchema>;

export interface FormTask {
  id: string;
  code: string;
  title: string;
  dueDate: string | null;
  situation: string;
  progress: number;
  state: TaskState;
  completedOn: string | null;
  result: string;
  difficulties: string;
  proposals: string;
}

export interface FormSupport {
  code: string;
  title: string;
  leadName: string | null;
  dueDate: string | null;
  progress: number;
  state: TaskState;
}

export interface FormValue {
  id: string;
  code: string;
  name: string;
  unit: string;
  target: number | null;
  previous: number | null;
  value: number | null;
  note: string;
  evidence: string;
}

export interface FormModel {
  meta: FormMeta;
  metaJson: string;
  mac: string;
  header: {
    province: string;
    committee: string;
    secretariat: string;
    replyTo: string;
    agencyName: string;
    periodLabel: string;
    previousLabel: string | null;
    targetYear: number;
    due: string;
    issuedOn: string;
  };
  tasks: FormTask[];
  supporting: FormSupport[];
  values: FormValue[];
}

/** The current value of each fillable task field, in TASK_FORM_FIELDS order. */
export const taskFieldValues = (t: Pick<FormTask, TaskFormField>): FieldValue[] => [
  t.progress,
  t.state,
  t.completedOn,
  t.result,
  t.difficulties,
  t.proposals,
];
export const valueFieldValues = (v: Pick<FormValue, ValueFormField>): FieldValue[] => [
  v.value,
  v.note,
  v.evidence,
];

export const taskHashes = (t: Pick<FormTask, TaskFormField>) =>
  taskFieldValues(t).map((v, i) => fieldHash(TASK_FORM_FIELDS[i]!, v));
export const valueHashes = (v: Pick<FormValue, ValueFormField>) =>
  valueFieldValues(v).map((x, i) => fieldHash(VALUE_FORM_FIELDS[i]!, x));

interface TaskRowDb {
  id: string;
  code: string;
  title: string;
  due_date: string | null;
  situation: FormTask['situation'];
  progress: number;
  state: TaskState;
  completed_on: string | null;
  result: string;
  difficulties: string;
  proposals: string;
  lead_name: string | null;
}

const taskSelect = (situation: { at: string; soon: string }) =>
  sql`t.id, t.code, t.title, t.due_date, ${situationSql(situation)} AS situation, t.progress, t.state, t.completed_on,
  t.result, t.difficulties, t.proposals, COALESCE(a.short_name, a.name) AS lead_name
  FROM task t LEFT JOIN agency a ON a.id = t.lead_agency_id`;
const openInPeriod = (
  planId: string,
  from: string,
) => sql`t.plan_id = ${planId} AND t.archived_at IS NULL AND t.state <> 'huy_bo'
  AND (t.state <> 'hoan_thanh' OR t.completed_on >= ${from})`;

/** The rows of one agency's form as they are now (the form's content, and what an import compares to). */
export function formRows(ctx: ServiceContext, roundId: string, agencyId: string) {
  const round = getRoundRow(ctx, roundId);
  const period = parsePeriod(round.period)!;
  const select = taskSelect(situationParams(ctx, null));
  const open = openInPeriod(round.plan_id, period.from);
  const tasks = all<TaskRowDb>(
    ctx,
    sql`SELECT ${select} WHERE ${open} AND t.lead_agency_id = ${agencyId} ORDER BY ${sortKeyOf('t.code')}`,
  ).map((t): FormTask => ({
    id: t.id,
    code: t.code,
    title: t.title,
    dueDate: t.due_date,
    situation: TASK_SITUATION_LABELS[t.situation as keyof typeof TASK_SITUATION_LABELS] ?? t.situation,
    progress: t.progress,
    state: t.state,
    completedOn: t.completed_on,
    result: t.result,
    difficulties: t.difficulties,
    proposals: t.proposals,
  }));
  const supporting = all<TaskRowDb>(
    ctx,
    sql`SELECT ${select} JOIN task_supporting_agency s ON s.task_id = t.id
         WHERE ${open} AND s.agency_id = ${agencyId} ORDER BY ${sortKeyOf('t.code')}`,
  ).map((t): FormSupport => ({
    code: t.code,
    title: t.title,
    leadName: t.lead_name,
    dueDate: t.due_date,
    progress: t.progress,
    state: t.state,
  }));
  const previousKey = previousPeriodKey(round.period);
  const values = all<FormValue>(
    ctx,
    sql`SELECT i.id, i.code, i.name, i.unit, tg.target,
           (SELECT v.value FROM indicator_value v WHERE v.indicator_id = i.id AND v.period = ${previousKey ?? ''}) AS previous,
           cur.value, COALESCE(cur.note, '') AS note, COALESCE(cur.evidence, '') AS evidence
         FROM indicator i
         LEFT JOIN indicator_target tg ON tg.indicator_id = i.id AND tg.year = ${period.year}
         LEFT JOIN indicator_value cur ON cur.indicator_id = i.id AND cur.period = ${round.period}
         WHERE (i.plan_id = ${round.plan_id} OR i.plan_id IS NULL) AND i.lead_agency_id = ${agencyId} AND i.archived_at IS NULL
         ORDER BY ${sortKeyOf('i.code')}`,
  );
  return { round, period, tasks, supporting, values, previousKey };
}

/** The form of one agency in a round, with its metadata signed by this database's key. */
export function buildFormModel(
  ctx: ServiceContext,
  roundId: string,
  agencyId: string,
  issuedAt: string,
): FormModel {
  const { round, period, tasks, supporting, values, previousKey } = formRows(ctx, roundId, agencyId);
  const agency = getAgency(ctx, agencyId);
  const settings = getSettings(ctx);
  const meta: FormMeta = {
    v: 1,
    kind: 'tiendo-form',
    db: databaseId(ctx),
    province: settings.provinceName,
    round: round.id,
    period: round.period,
    periodLabel: period.label,
    due: round.due_date,
    agency: agency.id,
    agencyName: agency.name,
    issuedAt,
    tasks: tasks.map((t) => [t.id, t.code, taskHashes(t)]),
    values: values.map((v) => [v.id, v.code, valueHashes(v)]),
  };
  const metaJson = JSON.stringify(meta);
  const key = formKey(ctx, true)!;
  return {
    meta,
    metaJson,
    mac: formMac(key, metaJson),
    header: {
      province: settings.provinceName,
      committee: settings.committeeName,
      secretariat: settings.secretariatAgency,
      replyTo: settings.smtp?.from ?? '',
      agencyName: agency.name,
      periodLabel: period.label,
      previousLabel: previousKey ? periodLabelOf(previousKey) : null,
      targetYear: period.year,
      due: round.due_date,
      issuedOn: ctx.today(),
    },
    tasks,
    supporting,
    values,
  };
}

export { TASK_STATE_LABELS };
