// Domain vocabulary shared by main and renderer. Stored values are ASCII snake_case keys;
// Vietnamese labels for each live beside them so every view and report says the same words.

export const TASK_STATES = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung', 'huy_bo'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const TASK_STATE_LABELS: Record<TaskState, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  tam_dung: 'Tạm dừng',
  huy_bo: 'Hủy bỏ',
};

export const AGENCY_KINDS = ['so_ban_nganh', 'ubnd_xa', 'doanh_nghiep', 'khac'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  so_ban_nganh: 'Sở, ban, ngành',
  ubnd_xa: 'UBND xã, phường',
  doanh_nghiep: 'Doanh nghiệp',
  khac: 'Khác',
};

export const PILLAR_GROUPS = ['tru_cot', 'nen_tang'] as const;
export type PillarGroup = (typeof PILLAR_GROUPS)[number];

export const PLAN_STATES = ['du_thao', 'dang_thuc_hien', 'da_ket_thuc'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export const PLAN_STATE_LABELS: Record<PlanState, string> = {
  du_thao: 'Dự thảo',
  dang_thuc_hien: 'Đang thực hiện',
  da_ket_thuc: 'Đã kết thúc',
};

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  increase: 'Càng cao càng tốt',
  decrease: 'Càng thấp càng tốt',
};

export const MEETING_MODES = ['truc_tiep', 'truc_tuyen', 'ket_hop'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
  ket_hop: 'Trực tiếp kết hợp trực tuyến',
};

/** A calendar date as 'YYYY-MM-DD' (no time zone: a due date is a day in the province, not an instant). */
export type IsoDate = string;
/** An instant as full ISO-8601 UTC, e.g. '2025-03-04T08:00:00.000Z'. */
export type IsoInstant = string;
