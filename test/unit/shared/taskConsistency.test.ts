import { describe, expect, it } from 'vitest';
import {
  problemsTouching,
  proposeConsistentFields,
  proposeForState,
  ruleFromDbError,
  taskProblemCodes,
  taskProblems,
  type TaskConsistencyInput,
} from '../../../shared/rules/taskConsistency';

const TODAY = '2025-11-20';
const task = (over: Partial<TaskConsistencyInput> = {}): TaskConsistencyInput => ({
  state: 'dang_thuc_hien',
  progress: 40,
  completedOn: null,
  startDate: '2025-01-20',
  dueDate: '2025-12-31',
  leadAgencyId: 'A',
  supportingAgencyIds: ['B'],
  ...over,
});

describe('taskProblemCodes: which rules a task breaks', () => {
  it.each<[string, Partial<TaskConsistencyInput>, string[]]>([
    ['in progress at 40%', {}, []],
    ['in progress at 0% (just started)', { progress: 0 }, []],
    ['in progress at 99%', { progress: 99 }, []],
    ['in progress at 100%', { progress: 100 }, ['open_at_100']],
    ['not started at 0%', { state: 'chua_thuc_hien', progress: 0 }, []],
    ['not started at 90%', { state: 'chua_thuc_hien', progress: 90 }, ['not_started_with_progress']],
    ['not started at 100%', { state: 'chua_thuc_hien', progress: 100 }, ['not_started_with_progress']],
    ['done, 100%, completed today', { state: 'hoan_thanh', progress: 100, completedOn: TODAY }, []],
    [
      'done, 100%, completed in the past',
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-02-01' },
      [],
    ],
    [
      'done, completed tomorrow',
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-11-21' },
      ['completion_in_future'],
    ],
    ['done without a date', { state: 'hoan_thanh', progress: 100 }, ['done_without_completion']],
    ['done at 60%', { state: 'hoan_thanh', progress: 60, completedOn: '2025-11-01' }, ['done_below_100']],
    ['paused at 20%', { state: 'tam_dung', progress: 20 }, []],
    ['paused at 100%', { state: 'tam_dung', progress: 100 }, ['open_at_100']],
    ['cancelled at 0%', { state: 'huy_bo', progress: 0 }, []],
    ['cancelled at 100%', { state: 'huy_bo', progress: 100 }, ['open_at_100']],
    ['completion date on an open task', { completedOn: '2025-11-01' }, ['completion_when_not_done']],
    [
      'future completion date on a paused task',
      { state: 'tam_dung', completedOn: '2025-12-01' },
      ['completion_when_not_done', 'completion_in_future'],
    ],
    ['start after due', { startDate: '2026-01-02', dueDate: '2026-01-01' }, ['start_after_due']],
    ['start on the due date', { startDate: '2026-01-01', dueDate: '2026-01-01' }, []],
    ['no due date', { dueDate: null }, []],
    ['lead also supporting', { supportingAgencyIds: ['B', 'A'] }, ['lead_also_supporting']],
    ['no lead', { leadAgencyId: null, supportingAgencyIds: ['A'] }, []],
  ])('%s', (_name, over, codes) => {
    expect(taskProblemCodes(task(over), TODAY)).toEqual(codes);
  });

  it('leaves out the rule about today when no today is given (the triggers cannot know it)', () => {
    const t = task({ state: 'hoan_thanh', progress: 100, completedOn: '2099-01-01' });
    expect(taskProblemCodes(t, null)).toEqual([]);
    expect(taskProblemCodes(t, TODAY)).toEqual(['completion_in_future']);
  });
});

describe('taskProblems: where each problem is shown and what it says', () => {
  it.each<[Partial<TaskConsistencyInput>, string, RegExp]>([
    [
      { completedOn: '2025-11-01' },
      'completedOn',
      /^Chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành; hãy xóa ngày hoàn thành hoặc chọn trạng thái «Hoàn thành»\.$/,
    ],
    [
      { state: 'hoan_thanh', progress: 100, completedOn: '2025-12-25' },
      'completedOn',
      /^Ngày hoàn thành 25\/12\/2025 chưa đến \(hôm nay là 20\/11\/2025\); hãy nhập ngày đã hoàn thành\.$/,
    ],
    [
      { state: 'hoan_thanh', progress: 100 },
      'completedOn',
      /^Nhiệm vụ đã hoàn thành cần có ngày hoàn thành\.$/,
    ],
    [
      { state: 'hoan_thanh', progress: 60, completedOn: TODAY },
      'progress',
      /có tiến độ 100%; hãy sửa tiến độ/,
    ],
    [
      { state: 'chua_thuc_hien', progress: 90 },
      'progress',
      /^Nhiệm vụ «Chưa thực hiện» có tiến độ 0%; đã làm được 90% thì hãy chọn «Đang thực hiện»\.$/,
    ],
    [{ state: 'tam_dung', progress: 100 }, 'progress', /hãy chọn trạng thái «Hoàn thành».*«Tạm dừng»/],
    [
      { startDate: '2026-02-01', dueDate: '2026-01-01' },
      'dueDate',
      /^Thời hạn không được trước ngày bắt đầu\.$/,
    ],
    [
      { supportingAgencyIds: ['A'] },
      'supportingAgencyIds',
      /Cơ quan chủ trì không đồng thời là cơ quan phối hợp/,
    ],
  ])('%o -> %s', (over, field, text) => {
    const [problem, ...rest] = taskProblems(task(over), TODAY);
    expect(rest).toEqual([]);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(text);
  });
});

describe('problemsTouching: a change answers only for the rules on the fields it changes', () => {
  it('keeps a progress problem for a progress change and drops it for a title change', () => {
    const problems = taskProblems(task({ state: 'chua_thuc_hien', progress: 90 }), TODAY);
    expect(problemsTouching(problems, ['progress']).map((p) => p.code)).toEqual([
      'not_started_with_progress',
    ]);
    expect(problemsTouching(problems, ['state'])).toHaveLength(1);
    expect(problemsTouching(problems, ['title', 'code'])).toEqual([]);
    expect(problemsTouching(problems, ['dueDate'])).toEqual([]);
  });
});

describe('proposeForState: what a form fills in when the person picks a state', () => {
  it.each<[string, Parameters<typeof proposeForState>, ReturnType<typeof proposeForState>]>([
    [
      'done brings 100% and today',
      ['hoan_thanh', { progress: 40, completedOn: null }, TODAY],
      { progress: 100, completedOn: TODAY },
    ],
    [
      'done keeps a past completion date',
      ['hoan_thanh', { progress: 100, completedOn: '2025-10-01' }, TODAY],
      { progress: 100, completedOn: '2025-10-01' },
    ],
    [
      'done replaces a future completion date by today',
      ['hoan_thanh', { progress: 100, completedOn: '2026-01-01' }, TODAY],
      { progress: 100, completedOn: TODAY },
    ],
    [
      'in progress clears the completion date',
      ['dang_thuc_hien', { progress: 100, completedOn: TODAY }, TODAY],
      { completedOn: null },
    ],
    [
      'in progress from 0% changes nothing',
      ['dang_thuc_hien', { progress: 0, completedOn: null }, TODAY],
      {},
    ],
    [
      'not started brings 0%',
      ['chua_thuc_hien', { progress: 30, completedOn: null }, TODAY],
      { progress: 0 },
    ],
    ['paused keeps the progress', ['tam_dung', { progress: 30, completedOn: null }, TODAY], {}],
  ])('%s', (_name, args, expected) => {
    expect(proposeForState(...args)).toEqual(expected);
  });
});

describe('proposeConsistentFields: the fix the data check proposes for an old inconsistent task', () => {
  it.each<[string, Partial<TaskConsistencyInput>, ReturnType<typeof proposeConsistentFields>]>([
    ['consistent: nothing', {}, {}],
    [
      'not started at 90%: in progress',
      { state: 'chua_thuc_hien', progress: 90 },
      { state: 'dang_thuc_hien' },
    ],
    [
      'not started at 100% with a date: done on that date',
      { state: 'chua_thuc_hien', progress: 100, completedOn: '2025-10-10' },
      { state: 'hoan_thanh', completedOn: '2025-10-10' },
    ],
    ['in progress at 100%: done today', { progress: 100 }, { state: 'hoan_thanh', completedOn: TODAY }],
    ['open with a completion date: date cleared', { completedOn: '2025-10-10' }, { completedOn: null }],
    [
      'done at 60%: 100%',
      { state: 'hoan_thanh', progress: 60, completedOn: '2025-10-10' },
      { progress: 100 },
    ],
    [
      'done in the future: today',
      { state: 'hoan_thanh', progress: 100, completedOn: '2026-03-01' },
      { completedOn: TODAY },
    ],
    ['paused at 100%: the person decides', { state: 'tam_dung', progress: 100 }, null],
    ['start after due: the person decides', { startDate: '2026-02-01', dueDate: '2026-01-01' }, null],
  ])('%s', (_name, over, expected) => {
    const t = task(over);
    const fix = proposeConsistentFields(t, TODAY);
    expect(fix).toEqual(expected);
    if (fix) expect(taskProblemCodes({ ...t, ...fix }, TODAY)).toEqual([]);
  });
});

describe('ruleFromDbError', () => {
  it('reads the rule of a trigger refusal and ignores other errors', () => {
    expect(ruleFromDbError(new Error('TIENDO_RULE task.open_at_100'))).toBe('open_at_100');
    expect(ruleFromDbError(new Error('TIENDO_RULE task.nonsense'))).toBeNull();
    expect(ruleFromDbError(new Error('UNIQUE constraint failed: task.code'))).toBeNull();
    expect(ruleFromDbError('TIENDO_RULE task.open_at_100')).toBeNull();
  });
});
