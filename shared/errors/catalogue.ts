// Every message a person can meet in the app, by key: its error code, the names of its parameters and
// its Vietnamese and English wording. A thrower names the key and the parameters (appError in
// main/errors.ts, fieldMessage below for the schemas); the Vietnamese fills `message` (the CLI, logs and
// old clients print it), the renderer words the key in the chosen language. Parameters are plain
// values: Vietnamese words among them (a field's label, a kind of record) are put in English by termEn.
import { BACKUP_FOLDER_MESSAGES } from './backupFolder';
import { FILE_MESSAGES } from './catalogueFiles';
import { SERVICE_MESSAGES } from './catalogueServices';
import { termEn } from './terms';

export type ParamValue = string | number;
export interface Entry<N extends string> {
  /** The error code callers and tests match on (several keys may share one: TRUNG_MA). */
  code: string;
  params: readonly N[];
  vi(p: Record<N, ParamValue>): string;
  en(p: Record<N, ParamValue>): string;
}

function entry<const N extends string = never>(
  code: string,
  params: readonly N[],
  vi: (p: Record<N, ParamValue>) => string,
  en: (p: Record<N, ParamValue>) => string,
): Entry<N> {
  return { code, params, vi, en };
}

const T = termEn;
const INVALID = 'DU_LIEU_KHONG_HOP_LE';

/** Task states as the task consistency rules name them (shared/domain TASK_STATE_LABELS in Vietnamese). */
const STATE_EN: Record<string, string> = {
  chua_thuc_hien: 'Not started',
  dang_thuc_hien: 'In progress',
  hoan_thanh: 'Completed',
  tam_dung: 'Suspended',
  huy_bo: 'Cancelled',
};
const stateEn = (s: ParamValue) => STATE_EN[String(s)] ?? String(s);

const CORE_MESSAGES = {
  // ---- fields (shared/api/schemas.ts): "<label>: <problem>", the form strips the label beside the box
  TRUONG_PHAI_LA_CHU: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: phải là chữ.`,
    (p) => `${T(p.label)}: must be text.`,
  ),
  TRUONG_TRONG: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: không được để trống.`,
    (p) => `${T(p.label)}: must not be empty.`,
  ),
  TRUONG_DAI_QUA: entry(
    INVALID,
    ['label', 'max'],
    (p) => `${p.label}: dài quá ${p.max} ký tự.`,
    (p) => `${T(p.label)}: longer than ${p.max} characters.`,
  ),
  TRUONG_KHONG_HOP_LE: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: không hợp lệ.`,
    (p) => `${T(p.label)}: not valid.`,
  ),
  TRUONG_PHAI_LA_NGAY: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: phải là ngày.`,
    (p) => `${T(p.label)}: must be a date.`,
  ),
  TRUONG_NGAY_SAI: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2025-03-31).`,
    (p) => `${T(p.label)}: not a valid date (year-month-day, for example 2025-03-31).`,
  ),
  TRUONG_PHAI_LA_SO: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: phải là số.`,
    (p) => `${T(p.label)}: must be a number.`,
  ),
  TRUONG_PHAI_LA_SO_NGUYEN: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: phải là số nguyên.`,
    (p) => `${T(p.label)}: must be a whole number.`,
  ),
  TRUONG_PHAI_HUU_HAN: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: phải là số hữu hạn.`,
    (p) => `${T(p.label)}: must be a finite number.`,
  ),
  TRUONG_TU_NAM: entry(
    INVALID,
    ['label', 'year'],
    (p) => `${p.label}: từ năm ${p.year}.`,
    (p) => `${T(p.label)}: from the year ${p.year}.`,
  ),
  TRUONG_DEN_NAM: entry(
    INVALID,
    ['label', 'year'],
    (p) => `${p.label}: đến năm ${p.year}.`,
    (p) => `${T(p.label)}: up to the year ${p.year}.`,
  ),
  TRUONG_THU_SAI: entry(
    INVALID,
    ['label'],
    (p) => `${p.label}: địa chỉ thư điện tử không hợp lệ.`,
    (p) => `${T(p.label)}: not a valid email address.`,
  ),
  /** min and max as the Vietnamese write them ("0,5"); English gets the decimal point. */
  TRUONG_KHOANG: entry(
    INVALID,
    ['label', 'min', 'max'],
    (p) => `${p.label}: từ ${p.min} đến ${p.max}.`,
    (p) => `${T(p.label)}: from ${String(p.min).replace(',', '.')} to ${String(p.max).replace(',', '.')}.`,
  ),
  TRUONG_TU: entry(
    INVALID,
    ['label', 'min'],
    (p) => `${p.label}: từ ${p.min} trở lên.`,
    (p) => `${T(p.label)}: ${p.min} or more.`,
  ),
  TIEN_DO_KHOANG: entry(
    INVALID,
    [],
    () => 'Tiến độ: từ 0 đến 100%.',
    () => 'Progress: from 0 to 100%.',
  ),
  MA_DINH_DANH_SAI: entry(
    INVALID,
    [],
    () => 'Mã định danh không hợp lệ.',
    () => 'Not a valid identifier.',
  ),
  KY_BAO_CAO_SAI: entry(
    INVALID,
    [],
    () => 'Kỳ báo cáo không hợp lệ (ví dụ 2025-Q4, 2025-H1, 2025-9M, 2025).',
    () => 'Not a valid reporting period (for example 2025-Q4, 2025-H1, 2025-9M, 2025).',
  ),
  NAM_KET_THUC_TRUOC: entry(
    INVALID,
    [],
    () => 'Năm kết thúc phải từ năm bắt đầu trở đi.',
    () => 'The last year cannot be before the first year.',
  ),
  TRANG_THAI_SAI: entry(
    INVALID,
    [],
    () => 'Trạng thái không hợp lệ.',
    () => 'Not a valid state.',
  ),
  LOAI_CO_QUAN_SAI: entry(
    INVALID,
    [],
    () => 'Loại cơ quan không hợp lệ.',
    () => 'Not a valid kind of agency.',
  ),
  TU_KHOA_DAI: entry(
    INVALID,
    [],
    () => 'Từ khóa tìm kiếm dài quá 200 ký tự.',
    () => 'The search text is longer than 200 characters.',
  ),
  CHUA_CHON_NHIEM_VU: entry(
    INVALID,
    [],
    () => 'Chưa chọn nhiệm vụ nào.',
    () => 'No task is selected.',
  ),

  // ---- task consistency (shared/rules/taskConsistency.ts); `state` is the task state's code
  NV_NGAY_HT_KHI_CHUA_XONG: entry(
    INVALID,
    [],
    () =>
      'Chỉ nhiệm vụ «Hoàn thành» mới có ngày hoàn thành; hãy xóa ngày hoàn thành hoặc chọn trạng thái «Hoàn thành».',
    () =>
      'Only a “Completed” task has a completion date; clear the completion date or choose the state “Completed”.',
  ),
  NV_NGAY_HT_CHUA_DEN: entry(
    INVALID,
    ['completedOn', 'today'],
    (p) => `Ngày hoàn thành ${p.completedOn} chưa đến (hôm nay là ${p.today}); hãy nhập ngày đã hoàn thành.`,
    (p) =>
      `The completion date ${p.completedOn} has not come yet (today is ${p.today}); enter the day it was completed.`,
  ),
  NV_XONG_THIEU_NGAY: entry(
    INVALID,
    [],
    () => 'Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.',
    () => 'A completed task needs its completion date.',
  ),
  NV_XONG_DUOI_100: entry(
    INVALID,
    [],
    () => 'Nhiệm vụ «Hoàn thành» có tiến độ 100%; hãy sửa tiến độ thành 100% hoặc chọn trạng thái khác.',
    () => 'A “Completed” task is at 100%; set the progress to 100% or choose another state.',
  ),
  NV_CHUA_LAM_CO_TIEN_DO: entry(
    INVALID,
    ['stateLabel', 'state', 'progress'],
    (p) =>
      `Nhiệm vụ «${p.stateLabel}» có tiến độ 0%; đã làm được ${p.progress}% thì hãy chọn «Đang thực hiện».`,
    (p) => `A “${stateEn(p.state)}” task is at 0%; with ${p.progress}% done, choose “In progress”.`,
  ),
  NV_100_CHUA_XONG: entry(
    INVALID,
    ['stateLabel', 'state'],
    (p) =>
      `Tiến độ 100% nghĩa là đã hoàn thành; hãy chọn trạng thái «Hoàn thành» hoặc nhập tiến độ dưới 100% cho nhiệm vụ «${p.stateLabel}».`,
    (p) =>
      `100% progress means completed; choose the state “Completed” or enter less than 100% for a “${stateEn(p.state)}” task.`,
  ),
  NV_HAN_TRUOC_BAT_DAU: entry(
    INVALID,
    [],
    () => 'Thời hạn không được trước ngày bắt đầu.',
    () => 'The deadline cannot be before the start date.',
  ),
  NV_CHU_TRI_LA_PHOI_HOP: entry(
    INVALID,
    [],
    () => 'Cơ quan chủ trì không đồng thời là cơ quan phối hợp; hãy bỏ cơ quan đó khỏi danh sách phối hợp.',
    () => 'The lead agency cannot also be a supporting agency; remove it from the supporting agencies.',
  ),
  NV_SAI_QUY_TAC: entry(
    INVALID,
    ['code', 'problems'],
    (p) => `Nhiệm vụ ${p.code}: ${p.problems}`,
    (p) => `Task ${p.code} was not saved: please correct the marked fields.`,
  ),
  NV_CAP_NHAT_LOAT_SAI: entry(
    INVALID,
    ['problems'],
    (p) => `Chưa cập nhật nhiệm vụ nào. ${p.problems}`,
    () => 'No task was updated: the change breaks the rules of some tasks; please correct the marked fields.',
  ),

  // ---- the services (main/services)
  KHONG_TIM_THAY_BAN_GHI: entry(
    'KHONG_TIM_THAY',
    ['what'],
    (p) => `Không tìm thấy ${p.what}. Có thể bản ghi đã bị xóa hoặc lưu trữ; hãy tải lại trang.`,
    (p) => `The ${T(p.what)} was not found. It may have been deleted or archived; please reload the page.`,
  ),
  THAM_CHIEU_KHONG_CO: entry(
    'THAM_CHIEU_SAI',
    ['label'],
    (p) => `${p.label}: không tồn tại.`,
    (p) => `${T(p.label)}: does not exist.`,
  ),
  THAM_CHIEU_DA_LUU_TRU: entry(
    'THAM_CHIEU_SAI',
    ['label'],
    (p) => `${p.label}: đã được lưu trữ, hãy chọn mục khác.`,
    (p) => `${T(p.label)}: archived, please choose another.`,
  ),
  TRUNG_MA_CHUNG: entry(
    'TRUNG_MA',
    ['code', 'what'],
    (p) => `Mã "${p.code}" đã có ${p.what} khác dùng. Hãy chọn mã khác.`,
    (p) => `The code "${p.code}" is already used by another ${T(p.what)}. Please choose another code.`,
  ),
  TRUNG_MA_NHIEM_VU: entry(
    'TRUNG_MA',
    ['code', 'plan', 'title'],
    (p) => `Mã ${p.code} đã có trong kế hoạch ${p.plan} (nhiệm vụ «${p.title}»). Hãy chọn mã khác.`,
    (p) => `The code ${p.code} is already in plan ${p.plan} (task “${p.title}”). Please choose another code.`,
  ),
  TRUNG_MA_CO_QUAN: entry(
    'TRUNG_MA',
    ['code', 'name'],
    (p) => `Mã ${p.code} đã có (cơ quan «${p.name}»). Hãy chọn mã khác.`,
    (p) => `The code ${p.code} is already taken (agency “${p.name}”). Please choose another code.`,
  ),
  TRUNG_MA_TRU_COT: entry(
    'TRUNG_MA',
    ['code', 'name'],
    (p) => `Mã ${p.code} đã có (trụ cột «${p.name}»). Hãy chọn mã khác.`,
    (p) => `The code ${p.code} is already taken (pillar “${p.name}”). Please choose another code.`,
  ),
  /** plan '' : the shared indicator catalogue. */
  TRUNG_MA_CHI_TIEU: entry(
    'TRUNG_MA',
    ['code', 'plan', 'name'],
    (p) =>
      `Mã ${p.code} đã có ${p.plan ? `trong kế hoạch ${p.plan}` : 'trong danh mục chỉ tiêu chung'} (chỉ tiêu «${p.name}»). Hãy chọn mã khác.`,
    (p) =>
      `The code ${p.code} is already ${p.plan ? `in plan ${p.plan}` : 'in the shared indicator catalogue'} (indicator “${p.name}”). Please choose another code.`,
  ),
  /** heldOn dd/mm/yyyy; title '' when the meeting has none. */
  TRUNG_SO_PHIEN_HOP: entry(
    'TRUNG_MA',
    ['number', 'year', 'heldOn', 'title'],
    (p) =>
      `Số ${p.number} đã có trong năm ${p.year} (phiên họp ngày ${p.heldOn}${p.title ? ` «${p.title}»` : ''}). Hãy chọn số khác.`,
    (p) =>
      `Number ${p.number} is already used in ${p.year} (the meeting of ${p.heldOn}${p.title ? ` “${p.title}”` : ''}). Please choose another number.`,
  ),
  O_KHONG_TIM_THAY_CHI_TIEU: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy chỉ tiêu của ô đang nhập; hãy tải lại trang.',
    () => 'The indicator of this cell was not found; please reload the page.',
  ),
  O_KHONG_KHOP_CHU_DAN: entry(
    INVALID,
    ['cell', 'value', 'pasted'],
    (p) => `Ô ${p.cell}: giá trị ${p.value} không khớp với chữ đã dán "${p.pasted}". Hãy dán lại.`,
    (p) =>
      `Cell ${p.cell}: the value ${p.value} does not match the pasted text "${p.pasted}". Please paste again.`,
  ),
  O_CAN_XAC_NHAN: entry(
    'CAN_XAC_NHAN',
    ['cells', 'list'],
    (p) =>
      `Có ${p.cells} ô cần xác nhận trước khi lưu (chưa lưu gì): ${p.list} Nếu số liệu đúng, hãy xác nhận rồi lưu lại; nếu sai, hãy sửa ô đó.`,
    (p) =>
      `${p.cells} cell(s) need confirming before saving (nothing was saved). If the figures are right, confirm them and save again; if not, correct the cell.`,
  ),
  CO_QUAN_CON_NHIEM_VU: entry(
    'CON_NHIEM_VU',
    ['name', 'count'],
    (p) =>
      `Cơ quan "${p.name}" còn ${p.count} nhiệm vụ chưa hoàn thành. Hãy sáp nhập vào cơ quan kế thừa thay vì lưu trữ.`,
    (p) =>
      `The agency "${p.name}" still has ${p.count} unfinished task(s). Merge it into its successor instead of archiving it.`,
  ),
  SAP_NHAP_VAO_CHINH_NO: entry(
    'SAP_NHAP_SAI',
    [],
    () => 'Không thể sáp nhập một cơ quan vào chính nó.',
    () => 'An agency cannot be merged into itself.',
  ),
  SAP_NHAP_KE_THUA_DA_LUU_TRU: entry(
    'SAP_NHAP_SAI',
    ['name'],
    (p) => `Cơ quan kế thừa "${p.name}" đã được lưu trữ.`,
    (p) => `The successor agency "${p.name}" is archived.`,
  ),
  SAP_NHAP_DA_LUU_TRU: entry(
    'SAP_NHAP_SAI',
    ['name'],
    (p) => `Cơ quan "${p.name}" đã được lưu trữ trước đó.`,
    (p) => `The agency "${p.name}" was already archived.`,
  ),
  KET_LUAN_DA_GIAO_XOA: entry(
    'DA_CO_NHIEM_VU',
    ['code'],
    (p) => `Kết luận đã được giao thành nhiệm vụ ${p.code}; hãy xử lý nhiệm vụ đó trước.`,
    (p) => `The conclusion already became task ${p.code}; deal with that task first.`,
  ),
  KET_LUAN_DA_GIAO: entry(
    'DA_CO_NHIEM_VU',
    ['code'],
    (p) => `Kết luận này đã được giao thành nhiệm vụ ${p.code}.`,
    (p) => `This conclusion already became task ${p.code}.`,
  ),
  DA_CO_DU_LIEU: entry(
    'DA_CO_DU_LIEU',
    [],
    () => 'Tệp dữ liệu đã có dữ liệu; chỉ tạo dữ liệu mẫu trên tệp trống.',
    () => 'The data file already holds data; demo data is only created in an empty file.',
  ),
  SAO_LUU_MOI_HONG: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) =>
      `Bản sao lưu vừa tạo cho thấy dữ liệu có chỗ bị hỏng; bản sao được giữ riêng ("${p.name}") và các bản sao lưu tốt không bị xóa. Hãy chạy Kiểm tra dữ liệu rồi khôi phục từ bản sao lưu tốt gần nhất.`,
    (p) =>
      `The backup just made shows damaged data; it is kept apart ("${p.name}") and the good backups were not deleted. Run the data check, then restore from the latest good backup.`,
  ),
  SAO_LUU_HONG: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) =>
      `Bản sao lưu "${p.name}" bị hỏng từ khi được tạo nên không dùng để khôi phục được. Hãy chọn một bản sao lưu khác.`,
    (p) =>
      `The backup "${p.name}" was damaged when it was made and cannot be restored. Please choose another backup.`,
  ),
  KHONG_TIM_THAY_SAO_LUU: entry(
    'KHONG_TIM_THAY',
    ['name'],
    (p) => `Không tìm thấy bản sao lưu "${p.name}".`,
    (p) => `The backup "${p.name}" was not found.`,
  ),
  KHOI_PHUC_CHI_DOC: entry(
    'CHI_DOC',
    ['reason'],
    (p) => `Không khôi phục được: ${p.reason}`,
    () => 'Cannot restore: the data is open read-only.',
  ),
  THIEU_DIA_CHI_NHAN: entry(
    'THIEU_DIA_CHI',
    [],
    () => 'Chưa có địa chỉ nhận báo cáo. Hãy nhập địa chỉ, hoặc đặt "Địa chỉ nhận báo cáo" trong Cài đặt.',
    () => 'There is no recipient address yet. Enter one, or set "Report recipient address" in Settings.',
  ),
  CHUA_CAU_HINH_SMTP: entry(
    'CHUA_CAU_HINH_SMTP',
    [],
    () => 'Chưa cấu hình máy chủ thư (SMTP) trong Cài đặt; hãy tạo tệp thư (.eml) để gửi bằng phần mềm thư.',
    () =>
      'No mail server (SMTP) is set up in Settings; create a mail file (.eml) to send with your mail program.',
  ),

  // ---- the API boundary (main/api.ts, renderer/api/client.ts)
  DU_LIEU_CHUA_HOP_LE: entry(
    INVALID,
    ['first', 'more'],
    (p) => `Dữ liệu chưa hợp lệ: ${p.first}${Number(p.more) > 0 ? ` (và ${p.more} lỗi khác)` : ''}`,
    (p) => `The data is not valid yet: ${Number(p.more) + 1} problem(s) to correct.`,
  ),
  DU_LIEU_CHUA_HOP_LE_CHUNG: entry(
    INVALID,
    [],
    () => 'Dữ liệu chưa hợp lệ.',
    () => 'The data is not valid yet.',
  ),
  LOI_HE_THONG: entry(
    'LOI_HE_THONG',
    [],
    () =>
      'Đã xảy ra lỗi ngoài dự kiến; thao tác chưa được thực hiện và dữ liệu không bị thay đổi. Hãy thử lại hoặc báo cho bộ phận kỹ thuật.',
    () =>
      'Something unexpected went wrong; nothing was done and no data was changed. Please try again or tell technical support.',
  ),
  KHONG_CO_PHUONG_THUC: entry(
    'KHONG_CO_PHUONG_THUC',
    ['method'],
    (p) => `Yêu cầu không được hỗ trợ: "${p.method}".`,
    (p) => `Request not supported: "${p.method}".`,
  ),
  // ---- reports (main/api-reports.ts): signing a period that has not ended
  KY_CHUA_KET_THUC: entry(
    'KY_CHUA_KET_THUC',
    ['label', 'period', 'to', 'today'],
    (p) =>
      `Kỳ ${p.label} chưa kết thúc (đến ${p.to}). Số liệu là tạm tính đến ngày ${p.today} và báo cáo sẽ ghi ` +
      `rõ "Số liệu tạm tính". Hãy xác nhận xuất báo cáo tạm tính, hoặc chờ hết kỳ rồi xuất.`,
    (p) =>
      `The period ${p.period} has not ended (it ends on ${p.to}). Its figures are provisional as of ${p.today} ` +
      `and the report will be marked as provisional. Confirm a provisional report, or wait ` +
      `for the period to end.`,
  ),
  MAT_KET_NOI: entry(
    'MAT_KET_NOI',
    [],
    () => 'Mất kết nối tới máy chủ TienDo cục bộ. Hãy kiểm tra cửa sổ lệnh đang chạy TienDo.',
    () => 'Lost the connection to the local TienDo server. Please check the command window running TienDo.',
  ),
  PHAN_HOI_SAI: entry(
    'PHAN_HOI_SAI',
    [],
    () => 'TienDo nhận được một phản hồi không hợp lệ từ phần xử lý dữ liệu. Hãy thử lại.',
    () => 'TienDo received an invalid answer from its data service. Please try again.',
  ),
} satisfies Record<string, Entry<string>>;

/**
 * The catalogue's parts, each beside the code it serves: opening and writing files, spreadsheets and mail
 * (catalogueFiles), the services (catalogueServices), a backup to a chosen folder (backupFolder). A key in
 * two parts would silently be the later one's: test/unit/shared/englishCatalogue.test.ts refuses it.
 */
export const MESSAGE_PARTS = {
  core: CORE_MESSAGES,
  files: FILE_MESSAGES,
  services: SERVICE_MESSAGES,
  backupFolder: BACKUP_FOLDER_MESSAGES,
} as const;

export const MESSAGES = {
  ...CORE_MESSAGES,
  ...FILE_MESSAGES,
  ...SERVICE_MESSAGES,
  ...BACKUP_FOLDER_MESSAGES,
} satisfies Record<string, Entry<string>>;

export type MessageKey = keyof typeof MESSAGES;
export type ParamsOf<K extends MessageKey> =
  (typeof MESSAGES)[K] extends Entry<infer N> ? Record<N, ParamValue> : never;
