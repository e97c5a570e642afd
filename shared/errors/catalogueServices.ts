// The messages of the app's services (main/services: reports, briefing, rounds, conclusions, changes,
// jobs, demo data), by key, with their Vietnamese and English wording, shaped like the entries of the
// message catalogue (code, parameter names, vi, en) so they join it as they are.
export type ServiceParam = string | number;

interface ServiceEntry<N extends string> {
  code: string;
  params: readonly N[];
  vi(p: Record<N, ServiceParam>): string;
  en(p: Record<N, ServiceParam>): string;
}

function entry<const N extends string = never>(
  code: string,
  params: readonly N[],
  vi: (p: Record<N, ServiceParam>) => string,
  en: (p: Record<N, ServiceParam>) => string,
): ServiceEntry<N> {
  return { code, params, vi, en };
}

const INVALID = 'DU_LIEU_KHONG_HOP_LE';

export const SERVICE_MESSAGES = {
  // reports
  KY_BAO_CAO_DANH_SACH_SAI: entry(
    INVALID,
    ['period'],
    (p) => `Kỳ báo cáo "${p.period}" không hợp lệ (ví dụ 2025-Q4).`,
    (p) => `The reporting period "${p.period}" is not valid (for example 2025-Q4).`,
  ),
  KY_BAO_CAO_MAU_SAI: entry(
    INVALID,
    ['period'],
    (p) => `Kỳ báo cáo "${p.period}" không hợp lệ (ví dụ 2025-Q4, 2025-H1, 2025-9M, 2025).`,
    (p) => `The reporting period "${p.period}" is not valid (for example 2025-Q4, 2025-H1, 2025-9M, 2025).`,
  ),
  KY_BAO_CAO_NGOAI_KE_HOACH: entry(
    INVALID,
    ['period', 'plan', 'years', 'year'],
    (p) =>
      `Kỳ báo cáo ${p.period} nằm ngoài thời gian của Kế hoạch số ${p.plan} (${p.years}). Hãy chọn một kỳ báo cáo trong ${p.years}, hoặc chọn kế hoạch của năm ${p.year}.`,
    (p) =>
      `The reporting period ${p.period} is outside the years of plan ${p.plan} (${p.years}). Choose a reporting period in ${p.years}, or choose the plan of ${p.year}.`,
  ),
  DA_CO_CHU_KY_UNG_DUNG: entry(
    'DA_CO_CHU_KY',
    ['name', 'fingerprint'],
    (p) =>
      `Đã có chữ ký số của ứng dụng (${p.name}, dấu vân tay ${p.fingerprint}…). ` +
      'Tạo mới sẽ thay thế nó; Trung ương sẽ cần chứng thư số mới.',
    (p) =>
      `The app already has a digital signature (${p.name}, fingerprint ${p.fingerprint}…). ` +
      'Creating a new one replaces it; the central office will need the new certificate.',
  ),
  CHUA_CO_CHU_KY_UNG_DUNG: entry(
    'CHUA_CO_CHU_KY',
    [],
    () => 'Chưa có chữ ký số của ứng dụng. Hãy tạo chữ ký số trước, hoặc chọn tệp chứng thư số (.p12).',
    () => 'The app has no digital signature yet. Create one first, or choose a certificate file (.p12).',
  ),
  CHUA_CO_CHU_KY_DE_XUAT: entry(
    'CHUA_CO_CHU_KY',
    [],
    () => 'Chưa có chữ ký số của ứng dụng để xuất chứng thư số.',
    () => 'The app has no digital signature yet, so there is no certificate to export.',
  ),
  TEP_GUI_KHONG_DUNG_DUOC: entry(
    'TEP_KHONG_HOP_LE',
    ['file', 'problem'],
    (p) => `Tệp "${p.file}" không dùng được: ${p.problem} Không gửi tệp này; hãy xuất lại.`,
    (p) => `The file "${p.file}" cannot be used: ${p.problem} It is not sent; export it again.`,
  ),
  CHU_KY_TEP_GUI_SAI: entry(
    'CHU_KY_KHONG_HOP_LE',
    ['file', 'reason'],
    (p) => `Chữ ký số của tệp "${p.file}" không dùng được (${p.reason}); không gửi tệp này. Hãy xuất lại.`,
    (p) =>
      `The digital signature of the file "${p.file}" cannot be used (${p.reason}); it is not sent. Export it again.`,
  ),
  KHONG_PHAI_BAO_CAO_TIENDO: entry(
    'KHONG_PHAI_BAO_CAO',
    ['file'],
    (p) => `Tệp "${p.file}" không phải báo cáo do TienDo lập (không có dữ liệu báo cáo kèm theo đọc được).`,
    (p) => `The file "${p.file}" is not a report made by TienDo (it carries no readable report data).`,
  ),
  HANG_DOI_BAO_CAO_DAY: entry(
    'HANG_DOI_DAY',
    ['running', 'waiting'],
    (p) =>
      `Đang có ${p.running} báo cáo đang xuất và ${p.waiting} báo cáo chờ đến lượt: hãy đợi vài báo cáo xuất xong (xem tiến độ của chúng) rồi xuất tiếp.`,
    (p) =>
      `${p.running} reports are being exported and ${p.waiting} are waiting their turn: wait for some to finish (see their progress), then export again.`,
  ),
  KHONG_TIM_THAY_CONG_VIEC: entry(
    'KHONG_TIM_THAY',
    [],
    () =>
      'Không tìm thấy công việc này (có thể đã quá 15 phút hoặc ứng dụng đã khởi động lại). Hãy xuất lại báo cáo.',
    () =>
      'This job was not found (more than 15 minutes may have passed, or the app restarted). Export the report again.',
  ),
  // briefing
  TAI_LIEU_HOP_CHI_EXCEL: entry(
    'DINH_DANG_KHONG_HO_TRO',
    [],
    () => 'Tài liệu phục vụ phiên họp chỉ xuất được ra tệp Excel (.xlsx); hãy chọn Excel.',
    () => 'The meeting documents can only be exported to an Excel file (.xlsx); choose Excel.',
  ),
  KHONG_CO_PHIEN_HOP_MA: entry(
    'KHONG_TIM_THAY',
    ['code'],
    (p) => `Không có phiên họp mã "${p.code}".`,
    (p) => `There is no meeting with the code "${p.code}".`,
  ),
  KHONG_CO_PHIEN_HOP_SO: entry(
    'KHONG_TIM_THAY',
    ['number'],
    (p) => `Không có phiên họp số ${p.number}.`,
    (p) => `There is no meeting number ${p.number}.`,
  ),
  KHONG_CO_PHIEN_HOP_SO_NAM: entry(
    'KHONG_TIM_THAY',
    ['number', 'year'],
    (p) => `Không có phiên họp số ${p.number} năm ${p.year}.`,
    (p) => `There is no meeting number ${p.number} in ${p.year}.`,
  ),
  PHIEN_HOP_KHONG_RO: entry(
    INVALID,
    ['wanted'],
    (p) => `"${p.wanted}" không phải số phiên họp hay mã phiên họp (ví dụ 4, 4/2025 hoặc mã phiên họp).`,
    (p) =>
      `"${p.wanted}" is neither a meeting number nor a meeting code (for example 4, 4/2025 or a meeting code).`,
  ),
  // rounds
  KHONG_LUU_DUOC_KHOA_PHIEU: entry(
    'KHONG_LUU_DUOC_KHOA',
    [],
    () =>
      'Không lưu được khóa xác thực phiếu trên máy này (kho bí mật của TienDo không ghi được). Hãy kiểm tra quyền ghi thư mục dữ liệu người dùng rồi thử lại.',
    () =>
      "The form authentication key could not be saved on this computer (TienDo's secret store cannot be written). Check the write permission of the user data folder, then try again.",
  ),
  DOT_DA_LUU_TRU: entry(
    'DA_LUU_TRU',
    [],
    () => 'Đợt cập nhật đã được lưu trữ; hãy khôi phục trước khi lập phiếu.',
    () => 'The collection round is archived; restore it before making forms.',
  ),
  DOT_CHUA_CAU_HINH_SMTP: entry(
    'CHUA_CAU_HINH_SMTP',
    [],
    () => 'Chưa cấu hình máy chủ thư (SMTP) trong Cài đặt; hãy tạo thư (.eml) để gửi bằng phần mềm thư.',
    () => 'No mail server (SMTP) is set up in Settings; make mail files (.eml) to send with a mail program.',
  ),
  DOT_KY_NGOAI_KE_HOACH: entry(
    INVALID,
    ['period', 'plan', 'years'],
    (p) => `Kỳ ${p.period} nằm ngoài thời gian của kế hoạch ${p.plan} (${p.years}).`,
    (p) => `The period ${p.period} is outside the years of plan ${p.plan} (${p.years}).`,
  ),
  DOT_KY_NGOAI_KE_HOACH_TRUONG: entry(
    INVALID,
    ['period'],
    (p) => `Kỳ ${p.period} nằm ngoài thời gian của kế hoạch.`,
    (p) => `The period ${p.period} is outside the years of the plan.`,
  ),
  DOT_CHUA_CO_CO_QUAN: entry(
    INVALID,
    ['plan'],
    (p) =>
      `Kế hoạch ${p.plan} chưa có cơ quan nào chủ trì hay phối hợp nhiệm vụ, hay chủ trì chỉ tiêu: chưa có ai để gửi phiếu. Hãy giao nhiệm vụ cho các cơ quan trước.`,
    (p) =>
      `No agency leads or supports a task, or leads an indicator, in plan ${p.plan}: there is no one to send forms to. Assign the tasks to agencies first.`,
  ),
  CO_QUAN_NGOAI_DOT: entry(
    'THAM_CHIEU_SAI',
    ['count'],
    (p) => `${p.count} cơ quan được chọn không thuộc đợt cập nhật này; hãy tải lại trang.`,
    (p) => `${p.count} of the chosen agencies are not in this collection round; reload the page.`,
  ),
  // conclusions
  PHIEN_HOP_DA_LUU_TRU_KET_LUAN: entry(
    'DA_LUU_TRU',
    ['number'],
    (p) => `Phiên họp thứ ${p.number} đã được lưu trữ; không tạo nhiệm vụ từ kết luận của nó.`,
    (p) => `Meeting ${p.number} is archived; no tasks are made from its conclusions.`,
  ),
  KET_LUAN_DA_CO_NHIEM_VU: entry(
    'DA_CO_NHIEM_VU',
    [],
    () => 'Các kết luận đã chọn đều đã có nhiệm vụ; không có gì để tạo.',
    () => 'Every chosen conclusion already has a task; there is nothing to make.',
  ),
  // changes
  HOAN_TAC_KE_HOACH_LUU_TRU: entry(
    'THAM_CHIEU_SAI',
    ['plan'],
    (p) => `Kế hoạch ${p.plan} đã được lưu trữ; hãy hoàn tác việc lưu trữ kế hoạch đó trước.`,
    (p) => `Plan ${p.plan} is archived; undo the archiving of that plan first.`,
  ),
  KHONG_TIM_THAY_THAY_DOI: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy thay đổi này; hãy tải lại trang.',
    () => 'This change was not found; reload the page.',
  ),
  KHONG_TIM_THAY_THAY_DOI_HOAN_TAC: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy thay đổi cần hoàn tác; hãy tải lại trang.',
    () => 'The change to undo was not found; reload the page.',
  ),
  HOAN_TAC_CHI_TIEU_CU_HONG: entry(
    'KHONG_THE_HOAN_TAC',
    [],
    () => 'Không thể hoàn tác: chỉ tiêu kế hoạch cũ không còn đọc được.',
    () => 'Cannot undo: the old plan target can no longer be read.',
  ),
  // demo data
  NAM_DU_LIEU_MAU_SAU: entry(
    INVALID,
    ['year'],
    (p) =>
      `Năm của dữ liệu mẫu phải từ năm nay (${p.year}) trở về trước: dữ liệu mẫu có nhiệm vụ đã hoàn thành.`,
    (p) =>
      `The year of the sample data must be this year (${p.year}) or earlier: the sample data has completed tasks.`,
  ),
} as const;
