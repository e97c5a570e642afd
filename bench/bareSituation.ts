// The task situation rule of shared/rules/taskSituation.ts written out once for the bench's bare SQL
// baselines (dashboardBench.ts, bareTaskReads.ts), over a task aliased `t`, with @at the reference date
// and @soon the due-soon day. Each baseline's rows are checked against the app's before timing, so a
// difference from the rule stops the bench instead of skewing a ratio.
export const SITUATION = `CASE
  WHEN t.state = 'tam_dung' THEN 'tam_dung'
  WHEN t.state = 'huy_bo' THEN 'huy_bo'
  WHEN t.state = 'hoan_thanh' AND t.completed_on <= @at AND (t.due_date IS NULL OR t.completed_on <= t.due_date) THEN 'hoan_thanh_dung_han'
  WHEN t.state = 'hoan_thanh' AND t.completed_on <= @at THEN 'hoan_thanh_qua_han'
  WHEN t.due_date IS NULL THEN 'khong_thoi_han'
  WHEN t.due_date < @at THEN 'qua_han'
  WHEN t.due_date <= @soon THEN 'sap_den_han'
  ELSE 'trong_han' END`;
