// What importing a plan annex would do, row by row, against the database as it is: the dry run's
// content and the writes the apply makes. Nothing here writes. Every value is checked with the same
// schema the forms use (so a row the app would refuse is refused here, with its sheet, row and column),
// deadlines are read by shared/rules/deadlines.ts, agencies matched by ./agencyMatch and pillars by
// ./pillarMatch. An agency name that matches no agency is never created unless the person asks for it.
import type { z } from 'zod';
import type { ParsedInput } from '../../../shared/api/contract';
import { agencyCreate, indicatorCreate, taskCreate } from '../../../shared/api/schemas';
import type {
  PlanImportAgencyName,
  PlanImportChange,
  PlanImportCounts,
  PlanImportDryRun,
  PlanImportGroup,
  PlanImportRow,
  PlanImportSheet,
  SheetProblem,
} from '../../../shared/api/sheetTypes';
import type { Agency, Plan } from '../../../shared/api/types';
import { formatDate, formatNumber, readViNumber } from '../../../shared/format/vi';
import { readDeadline, type DeadlineKind } from '../../../shared/rules/deadlines';
import { cellText, columnIndex, columnLetter, type SheetBook, type SheetCell } from '../../excel/lists/sheet';
import { listAgencies } from '../agencies';
import type { ServiceContext } from '../context';
import { listPillars } from '../pillars';
import { getPlan } from '../plans';
import { getSettings } from '../settings';
import { agencyIndex, splitAgencies, splitRoles, type NamedAgency } from './agencyMatch';
import { PLAN_FIELD_LABELS, type PlanField } from './headers';
import { codeFromName, matchPillar, sentenceCase } from './pillarMatch';
import { parsePlanSheet, type ParsedGroup, type ParsedSheet } from './planSheet';
import { all, sql } from '../../db/sql';

export type PlanImportInput = ParsedInput<'imports.planDryRun'>;
type TaskCreate = z.output<typeof taskCreate>;
type IndicatorCreate = z.output<typeof indicatorCreate>;
type AgencyCreate = z.output<typeof agencyCreate>;

/** A pillar the import creates, referred to by its key until it exists. */
export interface NewPillar {
  key: string;
  name: string;
  code: string;
}

/** A reference to a pillar or agency that may not exist yet (created by the same apply). */
export type Ref = { id: string } | { newPillar: string } | { newAgency: string } | null;

export interface TaskWrite {
  row: PlanImportRow;
  existingId: string | null;
  fields: Omit<TaskCreate, 'planId' | 'pillarId' | 'leadAgencyId' | 'supportingAgencyIds'>;
  pillar: Ref;
  lead: Ref;
  supporting: Ref[];
  /** As written, kept beside the task (imported_task). */
  dueText: string;
  agenciesText: string;
  note: string;
}

export interface IndicatorWrite {
  row: PlanImportRow;
  existingId: string | null;
  fields: Omit<IndicatorCreate, 'planId' | 'pillarId' | 'leadAgencyId'>;
  pillar: Ref;
  lead: Ref;
  target: number | null;
  baseline: number | null;
  year: number;
  /** Fields of an existing indicator that differ, and whether its target does. */
  changedTarget: boolean;
}

export interface PlanAnalysis {
  dryRun: PlanImportDryRun;
  plan: Plan | null;
  newPlan: { code: string; title: string; yearFrom: number; yearTo: number };
  newPillars: NewPillar[];
  newAgencies: { text: string; input: AgencyCreate }[];
  tasks: TaskWrite[];
  indicators: IndicatorWrite[];
}

const problem = (sheet: string, row: number, column: string, message: string): SheetProblem => ({
  sheet,
  row,
  column,
  message,
});

const text = (c: SheetCell | null | undefined) => cellText(c).trim();

/** The plan's number, title and years from the rows above the header, when the person gave none. */
function planHints(book: SheetBook, fileName: string, years: number[], today: string) {
  const top = book.sheets.flatMap((s) =>
    s.rows.filter((r) => r.number <= 12).flatMap((r) => r.cells.map(text)),
  );
  const number = top.map((t) => /(?:số|so)\s*[:.]?\s*(\d+\/[\p{L}\d-]+)/iu.exec(t)?.[1]).find(Boolean);
  const title = top.find(
    (t) => /^(kế hoạch|ke hoach|danh mục|danh muc|phụ lục|phu luc)\b/i.test(t) && t.length > 15,
  );
  const fallbackYear = Number(today.slice(0, 4));
  const yearFrom = years.length ? Math.min(...years) : fallbackYear;
  const yearTo = years.length ? Math.max(...years) : fallbackYear;
  const base = fileName.replace(/\.[^.]*$/, '').trim();
  return {
    code: (number ?? base).slice(0, 100) || 'KH-nhap',
    title: (title ?? `Kế hoạch nhập từ tệp ${fileName}`).replace(/\s+/g, ' ').slice(0, 1000),
    yearFrom: Math.max(2000, Math.min(2100, yearFrom)),
    yearTo: Math.max(2000, Math.min(2100, yearTo)),
  };
}

/** The sheets to read, parsed with the person's corrections. */
function parseSheets(
  book: SheetBook,
  input: PlanImportInput,
): { parsed: ParsedSheet[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  if (input.sheets && input.sheets.length > 0) {
    const parsed: ParsedSheet[] = [];
    for (const choice of input.sheets) {
      const grid = book.sheets.find((s) => s.name === choice.name);
      if (!grid) {
        problems.push(problem(choice.name, 0, '', `Tệp không có trang tính «${choice.name}».`));
        continue;
      }
      const columns: Partial<Record<PlanField, number | null>> = {};
      for (const [field, letter] of Object.entries(choice.columns ?? {}) as [PlanField, string | null][])
        columns[field] = letter === null ? null : columnIndex(letter);
      parsed.push(parsePlanSheet(grid, { headerRow: choice.headerRow, columns }));
    }
    return { parsed, problems };
  }
  const parsed = book.sheets
    .filter((s) => s.state === 'visible')
    .map((grid) => parsePlanSheet(grid))
    .filter((p) => p.header !== null);
  if (parsed.length === 0)
    problems.push(
      problem(
        book.sheets[0]?.name ?? '',
        0,
        '',
        'Không tìm thấy bảng nhiệm vụ hay chỉ tiêu nào: cần một dòng tiêu đề có cột "Nhiệm vụ" hoặc "Nội dung" (hoặc "Chỉ tiêu") trong 30 dòng đầu của một trang tính. Hãy chọn trang tính và dòng tiêu đề.',
      ),
    );
  return { parsed, problems };
}

interface AgencyNames {
  byText: Map<string, PlanImportAgencyName>;
  resolve(part: NamedAgency, cell: string): Ref | 'ignored' | 'refused';
  creates: { text: string; input: AgencyCreate }[];
}

function proposalFor(text: string, taken: Set<string>): PlanImportAgencyName['proposal'] {
  const code = codeFromName(text, taken);
  const short = text.length > 40 ? null : text;
  return { code, name: text, shortName: short };
}

function agencyNames(input: PlanImportInput, agencies: readonly Agency[]): AgencyNames {
  const byText = new Map<string, PlanImportAgencyName>();
  const taken = new Set(agencies.map((a) => a.code.toLowerCase()));
  const creates: { text: string; input: AgencyCreate }[] = [];
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return {
    byText,
    creates,
    resolve(part, cell) {
      const choice = input.agencies?.[part.text];
      let entry = byText.get(part.text);
      const note = (kind: PlanImportAgencyName['kind'], resolution: PlanImportAgencyName['resolution']) => {
        entry ??= {
          text: part.text,
          kind,
          cells: [],
          candidates:
            part.match.kind === 'unknown'
              ? part.match.candidates.map((a) => ({ id: a.id, name: a.name }))
              : [],
          resolution,
          proposal: proposalFor(part.text, taken),
        };
        byText.set(part.text, entry);
        if (entry.cells.length < 20) entry.cells.push(cell);
      };
      if (choice && 'agencyId' in choice) {
        if (byId.has(choice.agencyId)) {
          if (part.match.kind !== 'agency')
            note(part.match.kind === 'collective' ? 'collective' : 'unknown', 'mapped');
          return { id: choice.agencyId };
        }
      } else if (choice && 'ignore' in choice) {
        if (part.match.kind !== 'agency')
          note(part.match.kind === 'collective' ? 'collective' : 'unknown', 'ignored');
        return 'ignored';
      } else if (choice && 'create' in choice) {
        note(part.match.kind === 'collective' ? 'collective' : 'unknown', 'created');
        // Names given the same new code are one new agency ("Sở KH&CN" and "Sở Khoa học và Công nghệ"
        // on a new province): the first name's details are the agency's.
        const code = choice.create.code.trim().toLowerCase();
        const same = creates.find((c) => c.text === part.text || c.input.code.toLowerCase() === code);
        if (!same) creates.push({ text: part.text, input: agencyCreate.parse({ ...choice.create }) });
        return { newAgency: same?.text ?? part.text };
      }
      if (part.match.kind === 'agency') return { id: part.match.agency.id };
      if (part.match.kind === 'collective') {
        note('collective', 'ignored');
        return 'ignored';
      }
      note(part.match.candidates.length > 1 ? 'ambiguous' : 'unknown', 'refused');
      return 'refused';
    },
  };
}

const refName = (ref: Ref, agencies: Map<string, Agency>, newAgencies: Map<string, string>) => {
  if (!ref) return null;
  if ('id' in ref) {
    const a = agencies.get(ref.id);
    return a ? (a.shortName ?? a.name) : null;
  }
  if ('newAgency' in ref) return newAgencies.get(ref.newAgency) ?? ref.newAgency;
  return null;
};

const sameRef = (ref: Ref, id: string | null) =>
  ref && 'id' in ref ? ref.id === id : ref === null && id === null;

function counts(rows: PlanImportRow[], kind: PlanImportRow['kind'] | null): PlanImportCounts {
  const of = rows.filter((r) => kind === null || r.kind === kind);
  return {
    new: of.filter((r) => r.action === 'new').length,
    updated: of.filter((r) => r.action === 'updated').length,
    unchanged: of.filter((r) => r.action === 'unchanged').length,
    refused: of.filter((r) => r.action === 'refused').length,
  };
}

/** A zod issue's field path to the column it came from. */
const FIELD_OF_PATH: Record<string, PlanField> = {
  code: 'code',
  title: 'title',
  name: 'indicator',
  output: 'output',
  dueDate: 'due',
  unit: 'unit',
  sourceText: 'note',
};

interface ExistingTask {
  id: string;
  code: string;
  title: string;
  pillar_id: string | null;
  lead_agency_id: string | null;
  output: string;
  due_date: string | null;
  /** JSON array of the supporting agencies' ids. */
  supporting: string;
}

interface ExistingIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  pillar_id: string | null;
  lead_agency_id: string | null;
  target: number | null;
  baseline: number | null;
}

interface Existing {
  tasks: Map<string, ExistingTask>;
  indicators: Map<string, ExistingIndicator>;
}

function existingRecords(ctx: ServiceContext, planId: string | null, year: number): Existing {
  const tasks: Existing['tasks'] = new Map();
  const indicators: Existing['indicators'] = new Map();
  if (!planId) return { tasks, indicators };
  const taskRows = all<ExistingTask>(
    ctx,
    sql`SELECT t.id, t.code, t.title, t.pillar_id, t.lead_agency_id, t.output, t.due_date,
         (SELECT json_group_array(agency_id) FROM (SELECT agency_id FROM task_supporting_agency s WHERE s.task_id = t.id ORDER BY agency_id)) AS supporting
       FROM task t WHERE t.plan_id = ${planId} AND t.archived_at IS NULL`,
  );
  for (const t of taskRows) tasks.set(t.code.toLowerCase(), t);
  const indicatorRows = all<ExistingIndicator>(
    ctx,
    sql`SELECT i.id, i.code, i.name, i.unit, i.pillar_id, i.lead_agency_id, t.target, t.baseline
       FROM indicator i LEFT JOIN indicator_target t ON t.indicator_id = i.id AND t.year = ${year}
       WHERE i.plan_id = ${planId} AND i.archived_at IS NULL`,
  );
  for (const i of indicatorRows) indicators.set(i.code.toLowerCase(), i);
  return { tasks, indicators };
}

/** The deadline of a row: a date cell as it is, a text by the rule of shared/rules/deadlines.ts. */
function deadlineOf(cell: SheetCell | null | undefined, defaultYear: number | null) {
  if (cell?.date)
    return {
      ok: true as const,
      dueDate: cell.date,
      kind: 'date' as DeadlineKind,
      original: formatDate(cell.date),
    };
  return readDeadline(text(cell), { defaultYear });
}

/** A number cell, or a number typed as text ("1.234,5", "85%"). */
function numberOf(cell: SheetCell | null | undefined): number | null | 'bad' {
  if (!cell || cell.value === null || cell.value === '') return null;
  if (typeof cell.value === 'number') return cell.percent ? cell.value * 100 : cell.value;
  const read = readViNumber(String(cell.value));
  return read ? read.value : 'bad';
}

export function analysePlanImport(
  ctx: ServiceContext,
  book: SheetBook,
  input: PlanImportInput,
  sha256: string,
  skipRefused = false,
): PlanAnalysis {
  const plan = input.planId ? getPlan(ctx, input.planId) : null;
  const { parsed, problems } = parseSheets(book, input);
  const settings = getSettings(ctx);
  const agencies = listAgencies(ctx, false);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const index = agencyIndex(agencies, settings.provinceName);
  const names = agencyNames(input, agencies);
  const pillars = listPillars(ctx, false);
  const pillarById = new Map(pillars.map((p) => [p.id, p]));
  const takenPillarCodes = new Set(pillars.map((p) => p.code.toLowerCase()));

  // Deadline years give a new plan its years when the person named none.
  const allRows = parsed.flatMap((s) => s.rows);
  const years = allRows.flatMap((r) => {
    const d = deadlineOf(r.cells.due, null);
    return d.ok && d.dueDate ? [Number(d.dueDate.slice(0, 4))] : [];
  });
  const newPlan = input.newPlan ?? planHints(book, input.fileName, years, ctx.today());
  const yearFrom = plan?.yearFrom ?? newPlan.yearFrom;
  const yearTo = plan?.yearTo ?? newPlan.yearTo;
  const defaultYear = yearFrom === yearTo ? yearFrom : null;

  // Pillars of the group rows.
  const newPillars: NewPillar[] = [];
  const groupPillar = new Map<ParsedGroup, Ref>();
  const groups: PlanImportGroup[] = [];
  for (const sheet of parsed) {
    const topLevel = Math.min(...sheet.groups.map((g) => g.level));
    for (const g of sheet.groups) {
      const key = `${g.sheet}!${g.row}`;
      const choice = input.pillars?.[key];
      const parent =
        [...g.parents]
          .reverse()
          .map((p) => groupPillar.get(p))
          .find((r) => r) ?? null;
      let ref: Ref = null;
      let action: PlanImportGroup['action'] = 'none';
      const matched = matchPillar(g.name, pillars);
      if (choice && 'pillarId' in choice && pillarById.has(choice.pillarId)) {
        ref = { id: choice.pillarId };
        action = 'existing';
      } else if (choice && 'none' in choice) {
        ref = parent;
        action = parent ? 'parent' : 'none';
      } else if ((choice && 'create' in choice) || (!matched && !parent && g.level === topLevel)) {
        const name = sentenceCase(g.name).slice(0, 500);
        newPillars.push({ key, name, code: codeFromName(name, takenPillarCodes) });
        ref = { newPillar: key };
        action = 'new';
      } else if (matched) {
        ref = { id: matched.id };
        action = 'existing';
      } else if (parent) {
        ref = parent;
        action = 'parent';
      }
      groupPillar.set(g, ref);
      const pillarName = !ref
        ? null
        : 'id' in ref
          ? (pillarById.get(ref.id)?.name ?? null)
          : 'newPillar' in ref
            ? (newPillars.find((p) => p.key === ref.newPillar)?.name ?? null)
            : null;
      groups.push({
        sheet: g.sheet,
        row: g.row,
        text: g.numeral ? `${g.numeral}. ${g.name}` : g.name,
        prefix: g.prefix,
        pillar: pillarName ? { id: ref && 'id' in ref ? ref.id : null, name: pillarName } : null,
        action,
      });
    }
  }
  const pillarNameOf = (ref: Ref): string | null => {
    if (!ref) return null;
    if ('id' in ref) return pillarById.get(ref.id)?.name ?? null;
    if ('newPillar' in ref) return newPillars.find((p) => p.key === ref.newPillar)?.name ?? null;
    return null;
  };

  const existing = existingRecords(ctx, plan?.id ?? null, yearFrom);
  const newAgencyNames = new Map<string, string>();
  const rows: PlanImportRow[] = [];
  const tasks: TaskWrite[] = [];
  const indicators: IndicatorWrite[] = [];
  const seen = new Map<string, { sheet: string; row: number }>();

  for (const sheet of parsed) {
    problems.push(...sheet.problems);
    for (const r of sheet.rows) {
      const rowProblems = [...r.problems];
      const at = (field: PlanField) => r.columns[field] ?? r.codeColumn;
      const refuse = (field: PlanField | 'code', message: string) =>
        rowProblems.push(problem(r.sheet, r.row, field === 'code' ? r.codeColumn : at(field), message));
      const pillar = r.group ? (groupPillar.get(r.group) ?? null) : null;
      // A field the row already has a problem with is not reported again in the schema's words.
      const schemaProblems = (
        issues: readonly { path: PropertyKey[]; message: string }[],
        fallback: PlanField,
      ) => {
        for (const issue of issues) {
          const field = FIELD_OF_PATH[String(issue.path[0])] ?? fallback;
          const column = field === 'code' ? r.codeColumn : at(field);
          if (!rowProblems.some((p) => p.column === column)) refuse(field, issue.message);
        }
      };

      // Agencies: the lead cell (its first agency leads, the others support) and the supporting cell.
      const roles = splitRoles(text(r.cells.lead));
      const leadParts = splitAgencies(roles.lead, index);
      const supportParts = [
        ...splitAgencies(roles.supporting, index),
        ...splitAgencies(text(r.cells.supporting), index),
      ];
      const refs: { ref: Ref; field: PlanField; text: string }[] = [];
      for (const [parts, field] of [
        [leadParts, 'lead'],
        [supportParts, roles.supporting ? 'lead' : 'supporting'],
      ] as const) {
        for (const part of parts) {
          const cellName = `${r.sheet}!${r.columns[field === 'lead' ? 'lead' : 'supporting'] ?? ''}${r.row}`;
          const resolved = names.resolve(part, cellName);
          if (resolved === 'ignored') continue;
          if (resolved === 'refused') {
            const entry = names.byText.get(part.text);
            refuse(
              parts === leadParts ? 'lead' : field,
              entry?.kind === 'ambiguous'
                ? `«${part.text}» có thể là ${entry.candidates.map((c) => c.name).join(' hoặc ')}; hãy chọn cơ quan đúng.`
                : `Cơ quan «${part.text}» chưa có trong Danh mục cơ quan; hãy chọn cơ quan tương ứng, tạo mới hoặc bỏ qua.`,
            );
            continue;
          }
          if (resolved && 'newAgency' in resolved) {
            const create = names.creates.find((c) => c.text === resolved.newAgency);
            if (create) newAgencyNames.set(create.text, create.input.shortName ?? create.input.name);
          }
          refs.push({ ref: resolved, field: parts === leadParts ? 'lead' : 'supporting', text: part.text });
        }
      }
      const leadRefs = refs.filter((x) => x.field === 'lead');
      const lead = leadRefs[0]?.ref ?? null;
      const key = (ref: Ref) => (ref ? JSON.stringify(ref) : '');
      const supporting = [...leadRefs.slice(1), ...refs.filter((x) => x.field === 'supporting')]
        .map((x) => x.ref)
        .filter(
          (ref, i, all) => ref && key(ref) !== key(lead) && all.findIndex((o) => key(o) === key(ref)) === i,
        );

      // Code: unique within the file, per kind.
      const codeKey = `${r.kind}|${r.code.toLowerCase()}`;
      const first = seen.get(codeKey);
      if (first)
        refuse(
          'code',
          `Mã ${r.code} trùng với dòng ${first.row}${first.sheet !== r.sheet ? ` của trang «${first.sheet}»` : ''}; hãy sửa mã hoặc STT cho khác nhau.`,
        );
      else seen.set(codeKey, { sheet: r.sheet, row: r.row });

      const base: PlanImportRow = {
        sheet: r.sheet,
        row: r.row,
        kind: r.kind,
        action: 'new',
        code: r.code,
        title: r.title,
        pillarName: pillarNameOf(pillar),
        lead: refName(lead, agencyById, newAgencyNames),
        supporting: supporting.map((s) => refName(s, agencyById, newAgencyNames) ?? '').filter(Boolean),
        due: null,
        output: text(r.cells.output),
        unit: null,
        target: null,
        changes: [],
        problems: rowProblems,
      };

      if (r.kind === 'task') {
        const deadline = deadlineOf(r.cells.due, defaultYear);
        if (!deadline.ok) refuse('due', deadline.message);
        else base.due = { text: deadline.original.trim(), date: deadline.dueDate, kind: deadline.kind };
        const note = text(r.cells.note);
        const fields = {
          code: r.code,
          title: r.title,
          output: base.output,
          dueDate: deadline.ok ? deadline.dueDate : null,
        };
        const parsedTask = taskCreate.safeParse({
          planId: plan?.id ?? '00000000-0000-4000-8000-000000000000',
          ...fields,
        });
        if (!parsedTask.success) schemaProblems(parsedTask.error.issues, 'title');
        const old = existing.tasks.get(r.code.toLowerCase()) ?? null;
        if (old && rowProblems.length === 0) {
          const changes: PlanImportChange[] = [];
          const change = (field: string, label: string, before: string, after: string) => {
            if (before !== after) changes.push({ field, label, before, after });
          };
          change('title', 'Tên nhiệm vụ', old.title, r.title);
          change('output', 'Sản phẩm', old.output, base.output);
          change(
            'dueDate',
            'Thời hạn',
            formatDate(old.due_date) || 'Không thời hạn',
            formatDate(fields.dueDate) || 'Không thời hạn',
          );
          if (!sameRef(lead, old.lead_agency_id))
            change(
              'leadAgencyId',
              'Cơ quan chủ trì',
              refName(old.lead_agency_id ? { id: old.lead_agency_id } : null, agencyById, newAgencyNames) ??
                '—',
              base.lead ?? '—',
            );
          const oldSupporting = (JSON.parse(old.supporting) as string[]).sort();
          const newSupporting = supporting.map((s) => (s && 'id' in s ? s.id : key(s))).sort();
          if (JSON.stringify(oldSupporting) !== JSON.stringify(newSupporting))
            change(
              'supportingAgencyIds',
              'Cơ quan phối hợp',
              oldSupporting.map((id) => refName({ id }, agencyById, newAgencyNames) ?? '').join(', ') || '—',
              base.supporting.join(', ') || '—',
            );
          if (pillar !== null && !sameRef(pillar, old.pillar_id))
            change(
              'pillarId',
              'Trụ cột',
              old.pillar_id ? (pillarById.get(old.pillar_id)?.name ?? '—') : '—',
              base.pillarName ?? '—',
            );
          base.changes = changes;
          base.action = changes.length > 0 ? 'updated' : 'unchanged';
        }
        if (rowProblems.length > 0) base.action = 'refused';
        rows.push(base);
        if (base.action !== 'refused' && parsedTask.success) {
          const {
            planId: _p,
            pillarId: _pi,
            leadAgencyId: _l,
            supportingAgencyIds: _s,
            ...rest
          } = parsedTask.data;
          tasks.push({
            row: base,
            existingId: old?.id ?? null,
            fields: rest,
            pillar: old && pillar === null ? (old.pillar_id ? { id: old.pillar_id } : null) : pillar,
            lead,
            supporting,
            dueText: base.due?.text ?? '',
            agenciesText: [text(r.cells.lead), text(r.cells.supporting)].filter(Boolean).join(' | '),
            note,
          });
        }
        continue;
      }

      // An indicator and its target for the plan's (or the target column's) year.
      const year = sheet.targetYear ?? yearFrom;
      const unit = text(r.cells.unit);
      base.unit = unit || null;
      const target = numberOf(r.cells.target);
      const baseline = numberOf(r.cells.baseline);
      if (target === 'bad')
        refuse(
          'target',
          `Kế hoạch «${text(r.cells.target)}» không phải là số; hãy nhập số, ví dụ 80 hoặc 1.234,5.`,
        );
      if (baseline === 'bad')
        refuse('baseline', `Giá trị cơ sở «${text(r.cells.baseline)}» không phải là số.`);
      base.target = typeof target === 'number' ? target : null;
      const parsedIndicator = indicatorCreate.safeParse({
        code: r.code,
        name: r.title,
        unit,
        definition: base.output,
      });
      if (!parsedIndicator.success) schemaProblems(parsedIndicator.error.issues, 'indicator');
      const old = existing.indicators.get(r.code.toLowerCase()) ?? null;
      let changedTarget = false;
      if (old && rowProblems.length === 0) {
        const changes: PlanImportChange[] = [];
        const change = (field: string, label: string, before: string, after: string) => {
          if (before !== after) changes.push({ field, label, before, after });
        };
        change('name', 'Tên chỉ tiêu', old.name, r.title);
        change('unit', 'Đơn vị tính', old.unit, unit);
        if (lead !== null && !sameRef(lead, old.lead_agency_id))
          change(
            'leadAgencyId',
            'Cơ quan chủ trì',
            refName(old.lead_agency_id ? { id: old.lead_agency_id } : null, agencyById, newAgencyNames) ??
              '—',
            base.lead ?? '—',
          );
        if (typeof target === 'number' && target !== old.target) {
          changedTarget = true;
          change(
            'target',
            `Kế hoạch năm ${year}`,
            old.target === null ? '—' : formatNumber(old.target, 4),
            formatNumber(target, 4),
          );
        }
        base.changes = changes;
        base.action = changes.length > 0 ? 'updated' : 'unchanged';
      }
      if (rowProblems.length > 0) base.action = 'refused';
      rows.push(base);
      if (base.action !== 'refused' && parsedIndicator.success) {
        const { planId: _p, pillarId: _pi, leadAgencyId: _l, ...rest } = parsedIndicator.data;
        indicators.push({
          row: base,
          existingId: old?.id ?? null,
          fields: rest,
          pillar,
          lead,
          target: typeof target === 'number' ? target : null,
          baseline: typeof baseline === 'number' ? baseline : null,
          year,
          changedTarget: old ? changedTarget : typeof target === 'number',
        });
      }
    }
  }

  const sheets: PlanImportSheet[] = book.sheets.map((grid) => {
    const p = parsed.find((x) => x.name === grid.name);
    return {
      name: grid.name,
      used: p !== undefined && p.header !== null,
      headerRow: p?.header?.row ?? null,
      columns: p
        ? (Object.entries(p.mapping) as [PlanField, number][]).map(([field, column]) => ({
            field,
            label: PLAN_FIELD_LABELS[field],
            column: columnLetter(column),
            header: p.header?.texts[column] ?? '',
          }))
        : [],
      unmapped: p?.header?.unmapped.map((u) => ({ column: columnLetter(u.column), header: u.header })) ?? [],
    };
  });
  if (parsed.length > 0 && rows.length === 0 && problems.length === 0)
    problems.push(
      problem(
        parsed[0]!.name,
        parsed[0]!.header?.row ?? 0,
        '',
        'Bảng không có dòng nhiệm vụ hay chỉ tiêu nào dưới dòng tiêu đề.',
      ),
    );

  const summary = {
    tasks: counts(rows, 'task'),
    indicators: counts(rows, 'indicator'),
    total: counts(rows, null),
  };
  const refusedAny = summary.total.refused > 0 || problems.length > 0;
  const dryRun: PlanImportDryRun = {
    fileName: input.fileName,
    sha256,
    plan: plan
      ? { id: plan.id, code: plan.code, title: plan.title, yearFrom: plan.yearFrom, yearTo: plan.yearTo }
      : { id: null, ...newPlan },
    sheets,
    groups,
    agencyNames: [...names.byText.values()],
    rows,
    problems,
    summary,
    canApply: rows.length > 0 && problems.length === 0 && (!refusedAny || skipRefused),
  };
  return { dryRun, plan, newPlan, newPillars, newAgencies: names.creates, tasks, indicators };
}
