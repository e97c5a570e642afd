// The fixed words of a collection form, shared by the writer and the reader: sheet names and column
// headers any tool can find (the issue fixes "Nhiệm vụ" with "Mã", "Tiến độ (%)", "Trạng thái",
// "Ngày hoàn thành", "Kết quả", and "Chỉ tiêu" with "Mã" and a value column beginning with "Giá trị"),
// and the marker of the hidden metadata sheet. The reader finds sheets and columns by these headers, not
// by position or sheet name, so a renamed sheet or an inserted column still reads.
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const TASKS_SHEET = 'Nhiệm vụ';
export const VALUES_SHEET = 'Chỉ tiêu';
export const SUPPORT_SHEET = 'Phối hợp (tham khảo)';
export const META_SHEET = 'TienDo';
/** A1 of the metadata sheet; A2 the authentication code; A3… the metadata JSON in pieces. */
export const META_MARKER = 'TIENDO-FORM-1';
export const META_CHUNK = 8000;

export const TASK_HEADERS = {
  stt: 'STT',
  code: 'Mã',
  title: 'Nhiệm vụ',
  due: 'Thời hạn',
  situation: 'Tình trạng khi lập phiếu',
  progress: 'Tiến độ (%)',
  state: 'Trạng thái',
  completedOn: 'Ngày hoàn thành',
  result: 'Kết quả',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
} as const;

export const valueHeader = (periodLabel: string) => `Giá trị ${periodLabel}`;

export const VALUE_HEADERS = {
  stt: 'STT',
  code: 'Mã',
  name: 'Chỉ tiêu',
  unit: 'ĐVT',
  target: (year: number) => `Kế hoạch năm ${year}`,
  previous: (label: string | null) => (label ? `Kỳ trước (${label})` : 'Kỳ trước'),
  note: 'Ghi chú',
  evidence: 'Minh chứng',
} as const;

/** The row of the column headers on the Nhiệm vụ and Chỉ tiêu sheets (title and hint above). */
export const HEADER_ROW = 4;
