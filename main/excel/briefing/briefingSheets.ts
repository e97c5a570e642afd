// The section sheets of the briefing workbook, one per part of the briefing view (I to VI), in the
// same order and with the same headings, drawn only from the BriefingModel.
import type { Workbook } from 'exceljs';
import type { BriefingAgencyGroup, BriefingModel, BriefingTask } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format/vi';
import { TASK_SITUATION_LABELS } from '../../../shared/rules/taskSituation';
import { roman } from '../../../shared/report/model';
import type { KeepWithNext } from '../report/annexTable';
import { NUMBER_FORMATS } from '../report/styles';
import {
  addSectionSheet,
  dataRow,
  day,
  finishSectionSheet,
  TABLE_HEADER_ROW,
  stt,
  groupRow,
  headerRow,
  noneRow,
  num,
  pct,
  sectionTitle,
  spannedHeaderRow,
  subheading,
  txt,
  type Value,
} from './grid';

export const SECTION_SHEETS = [
  'I. Từ phiên trước',
  'I.2. Mới quá hạn',
  'I.3. Số liệu mới',
  'II. Quá hạn',
  'III. Sắp đến hạn',
  'IV. Chỉ tiêu',
  'V. Kết luận',
  'VI. Cơ quan',
] as const;
export const SECTION_TITLES = {
  changes: 'I. Kết quả từ phiên họp trước',
  changesContinued: 'I. Kết quả từ phiên họp trước (tiếp theo)',
  completed: '1. Nhiệm vụ đã hoàn thành từ phiên trước',
  newlyOverdue: '2. Nhiệm vụ mới chuyển sang quá hạn',
  values: '3. Số liệu chỉ tiêu mới cập nhật',
  overdue: 'II. Nhiệm vụ quá hạn tại ngày họp, theo cơ quan chủ trì',
  dueSoon: (days: number) => `III. Nhiệm vụ sắp đến hạn (trong ${days} ngày), theo cơ quan chủ trì`,
  indicators: 'IV. Chỉ tiêu cần nỗ lực',
  conclusions: 'V. Tình hình thực hiện kết luận các phiên họp trước',
  scoreboard: 'VI. Kết quả thực hiện của các cơ quan (xếp từ thấp đến cao)',
};

const TASK_HEAD = ['STT', 'Mã', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'];
const progress = (t: BriefingTask): Value => (t.progress === null ? txt('—', true) : pct(t.progress / 100));
const label = (t: BriefingTask) => TASK_SITUATION_LABELS[t.situation];

function attachedLine(b: BriefingModel): string {
  return `(Kèm theo Tài liệu phục vụ phiên họp thứ ${b.meeting.number}; số liệu tính tại ngày họp ${formatDate(b.at)})`;
}

/**
 * Part I as three sheets, one table each (completed, newly overdue, new values), so that each table's own
 * header is the one repeated when it runs onto another page.
 */
function changesSheets(wb: Workbook, b: BriefingModel): void {
  const completed = b.changes.completed;
  let ws = addSectionSheet(wb, SECTION_SHEETS[0], completed.length ? TABLE_HEADER_ROW : undefined);
  let keep: KeepWithNext = new Set();
  let r = sectionTitle(ws, SECTION_TITLES.changes, attachedLine(b));
  r = subheading(ws, r, `${SECTION_TITLES.completed}: ${b.counts.completed}`);
  if (completed.length === 0) r = noneRow(ws, r);
  else {
    r = headerRow(ws, r, [...TASK_HEAD, 'Ngày hoàn thành', 'Tình trạng']);
    completed.forEach(
      (t, i) =>
        (r = dataRow(ws, r, [
          stt(i + 1),
          txt(t.code),
          txt(t.title),
          txt(t.leadAgencyName),
          day(t.dueDate),
          day(t.completedOn),
          txt(label(t)),
        ])),
    );
  }
  finishSectionSheet(ws, r - 1, keep);

  const overdue = b.changes.newlyOverdue;
  ws = addSectionSheet(wb, SECTION_SHEETS[1], overdue.length ? TABLE_HEADER_ROW : undefined);
  keep = new Set();
  r = sectionTitle(ws, SECTION_TITLES.changesContinued, attachedLine(b));
  r = subheading(ws, r, `${SECTION_TITLES.newlyOverdue}: ${b.counts.newlyOverdue}`);
  if (overdue.length === 0) r = noneRow(ws, r);
  else {
    r = headerRow(ws, r, [...TASK_HEAD, 'Tiến độ', 'Tình trạng']);
    overdue.forEach(
      (t, i) =>
        (r = dataRow(ws, r, [
          stt(i + 1),
          txt(t.code),
          txt(t.title),
          txt(t.leadAgencyName),
          day(t.dueDate),
          progress(t),
          txt(label(t)),
        ])),
    );
  }
  finishSectionSheet(ws, r - 1, keep);

  const values = b.changes.values;
  ws = addSectionSheet(wb, SECTION_SHEETS[2], values.length ? TABLE_HEADER_ROW : undefined);
  keep = new Set();
  r = sectionTitle(ws, SECTION_TITLES.changesContinued, attachedLine(b));
  r = subheading(ws, r, `${SECTION_TITLES.values}: ${b.counts.values}`);
  if (values.length === 0) r = noneRow(ws, r);
  else {
    r = headerRow(ws, r, ['STT', 'Mã', 'Chỉ tiêu', 'Cơ quan chủ trì', 'Kỳ', 'Giá trị', 'Ngày nhập']);
    values.forEach(
      (v, i) =>
        (r = dataRow(ws, r, [
          stt(i + 1),
          txt(v.code),
          txt(`${v.name} (${v.unit})`),
          txt(v.leadAgencyName),
          txt(v.periodLabel, true),
          num(v.value, Number.isInteger(v.value) ? NUMBER_FORMATS.integer : '#,##0.0#'),
          day(v.enteredOn),
        ])),
    );
  }
  finishSectionSheet(ws, r - 1, keep);
}

/** A table grouped by lead agency: the agency numbered 1, 2, … and its tasks 1.1, 1.2, … */
function groupedSheet(
  wb: Workbook,
  b: BriefingModel,
  name: string,
  title: string,
  groups: BriefingAgencyGroup[],
  count: number,
): void {
  const ws = addSectionSheet(wb, name, count > 0 ? TABLE_HEADER_ROW : undefined);
  const keep: KeepWithNext = new Set();
  let r = sectionTitle(ws, title, attachedLine(b));
  r = subheading(ws, r, `Tổng số: ${count} nhiệm vụ của ${groups.length} cơ quan`);
  if (count === 0) return void finishSectionSheet(ws, noneRow(ws, r) - 1, keep);
  r = headerRow(ws, r, [...TASK_HEAD, 'Tiến độ', 'Tình trạng']);
  // Agencies numbered I, II, … in their group rows (kept with their first task), tasks 1, 2, … throughout.
  let n = 0;
  groups.forEach((g, gi) => {
    keep.add(r);
    r = groupRow(ws, r, roman(gi + 1), `${g.agencyName} (${g.tasks.length})`);
    g.tasks.forEach(
      (t) =>
        (r = dataRow(ws, r, [
          stt(++n),
          txt(t.code),
          txt(t.title),
          txt(t.leadAgencyName),
          day(t.dueDate),
          progress(t),
          txt(label(t)),
        ])),
    );
  });
  finishSectionSheet(ws, r - 1, keep);
}

function indicatorSheet(wb: Workbook, b: BriefingModel): void {
  const ws = addSectionSheet(
    wb,
    SECTION_SHEETS[5],
    b.indicatorsBehind.length > 0 ? TABLE_HEADER_ROW : undefined,
  );
  const keep: KeepWithNext = new Set();
  let r = sectionTitle(ws, SECTION_TITLES.indicators, attachedLine(b));
  r = subheading(ws, r, `Tổng số: ${b.counts.indicatorsBehind} chỉ tiêu`);
  if (b.indicatorsBehind.length === 0) return void finishSectionSheet(ws, noneRow(ws, r) - 1, keep);
  r = headerRow(ws, r, ['STT', 'Mã', 'Chỉ tiêu', 'Cơ quan chủ trì', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ']);
  const fmt = (v: number | null) => (v === null || Number.isInteger(v) ? NUMBER_FORMATS.integer : '#,##0.0#');
  b.indicatorsBehind.forEach(
    (i, n) =>
      (r = dataRow(ws, r, [
        stt(n + 1),
        txt(i.code),
        txt(`${i.name} (${i.unit})`),
        txt(i.leadAgencyName),
        num(i.target, fmt(i.target)),
        num(i.latest, fmt(i.latest)),
        pct(i.ratio),
      ])),
  );
  finishSectionSheet(ws, r - 1, keep);
}

function conclusionSheet(wb: Workbook, b: BriefingModel): void {
  const ws = addSectionSheet(wb, SECTION_SHEETS[6], b.conclusions.length > 0 ? TABLE_HEADER_ROW : undefined);
  const keep: KeepWithNext = new Set();
  let r = sectionTitle(ws, SECTION_TITLES.conclusions, attachedLine(b));
  const c = b.counts;
  r = subheading(
    ws,
    r,
    `Tổng số: ${c.conclusions} kết luận; ${c.conclusionsDone} đã hoàn thành; ${c.conclusionsWithoutTask} chưa giao nhiệm vụ`,
  );
  if (b.conclusions.length === 0) return void finishSectionSheet(ws, noneRow(ws, r) - 1, keep);
  r = headerRow(ws, r, [
    'STT',
    'Phiên họp',
    'Kết luận, chỉ đạo',
    'Cơ quan được giao',
    'Thời hạn',
    'Nhiệm vụ',
    'Tình trạng',
  ]);
  b.conclusions.forEach((k, n) => {
    const state = k.task
      ? `${TASK_SITUATION_LABELS[k.task.situation]}${k.task.progress === null ? '' : ` (${k.task.progress}%)`}`
      : 'Chưa giao nhiệm vụ';
    r = dataRow(ws, r, [
      stt(n + 1),
      txt(`Phiên ${k.meetingNumber} (${formatDate(k.meetingDate)})`, true),
      txt(k.text),
      txt(k.agencyName),
      day(k.dueDate),
      txt(k.task?.code ?? '', true),
      txt(state),
    ]);
  });
  finishSectionSheet(ws, r - 1, keep);
}

function scoreboardSheet(wb: Workbook, b: BriefingModel): void {
  const ws = addSectionSheet(wb, SECTION_SHEETS[7], b.scoreboard.length > 0 ? TABLE_HEADER_ROW : undefined);
  const keep: KeepWithNext = new Set();
  let r = sectionTitle(ws, SECTION_TITLES.scoreboard, attachedLine(b));
  r = subheading(ws, r, 'Tính trên nhiệm vụ đến hạn đến ngày họp (không tính nhiệm vụ hủy bỏ).');
  if (b.scoreboard.length === 0) return void finishSectionSheet(ws, noneRow(ws, r) - 1, keep);
  r = spannedHeaderRow(ws, r, [
    ['STT', 1],
    ['Cơ quan chủ trì', 2],
    ['Nhiệm vụ đến hạn', 1],
    ['Hoàn thành đúng hạn', 1],
    ['Tỷ lệ đúng hạn', 1],
    ['Quá hạn', 1],
  ]);
  b.scoreboard.forEach(
    (s, n) =>
      (r = dataRow(ws, r, [
        stt(n + 1),
        { text: s.agencyName, span: 2 },
        num(s.dueByD),
        num(s.completedOnTime),
        pct(s.onTimeRate),
        num(s.overdue),
      ])),
  );
  finishSectionSheet(ws, r - 1, keep);
}

export function writeSectionSheets(wb: Workbook, b: BriefingModel): void {
  changesSheets(wb, b);
  groupedSheet(wb, b, SECTION_SHEETS[3], SECTION_TITLES.overdue, b.overdue, b.counts.overdue);
  groupedSheet(wb, b, SECTION_SHEETS[4], SECTION_TITLES.dueSoon(b.dueSoonDays), b.dueSoon, b.counts.dueSoon);
  indicatorSheet(wb, b);
  conclusionSheet(wb, b);
  scoreboardSheet(wb, b);
}
