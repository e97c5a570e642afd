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
  HOAN_TAC_CAI_DAT_KHONG_XOA: entry(
    'KHONG_THE_HOAN_TAC',
    [],
    () => 'Không thể hoàn tác: cài đặt không xóa được.',
    () => 'Cannot undo: a setting cannot be deleted.',
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
  // trust list
  DAU_VAN_TAY_SAI_DINH_DANG: entry(
    'DAU_VAN_TAY_SAI_DINH_DANG',
    ['example', 'count'],
    (p) =>
      `Dấu vân tay phải gồm 64 ký tự 0-9 và A-F (16 nhóm bốn ký tự, như "${p.example} …"); bạn đã nhập ${p.count} ký tự hợp lệ.`,
    (p) =>
      `A fingerprint has 64 characters 0-9 and A-F (16 groups of four, like "${p.example} …"); you entered ${p.count} valid characters.`,
  ),
  DAU_VAN_TAY_KHONG_KHOP: entry(
    'DAU_VAN_TAY_KHONG_KHOP',
    ['group', 'theirs', 'mine'],
    (p) =>
      `Dấu vân tay không khớp với chứng thư số trong tệp: nhóm thứ ${p.group} của tệp là "${p.theirs}", còn bạn đọc được "${p.mine}". ` +
      'Chưa thêm người ký này vào danh sách tin cậy. Hãy gọi lại cho nơi gửi và đối chiếu lại; nếu vẫn khác, tệp có thể do người khác mạo danh ký.',
    (p) =>
      `The fingerprint does not match the certificate in the file: group ${p.group} of the file is "${p.theirs}", but you read "${p.mine}". ` +
      'The signer was not added to the trust list. Call the sender back and compare again; if it still differs, someone else may have signed the file in their name.',
  ),
  TEP_CHI_CO_CHUNG_THU_CA: entry(
    'LA_CHUNG_THU_CA',
    [],
    () =>
      'Tệp chỉ chứa chứng thư số của tổ chức cấp chứng thư (CA), không phải của người ký. Để tin cậy mọi chứng thư do tổ chức này cấp, hãy nhập tệp vào danh sách tổ chức cấp chứng thư số (tiendo trust ca).',
    () =>
      'The file holds only the certificate of a certificate authority (CA), not of a signer. To trust every certificate this authority issues, import the file into the list of certificate authorities (tiendo trust ca).',
  ),
  NHIEU_CHUNG_THU_NGUOI_KY: entry(
    'NHIEU_CHUNG_THU',
    ['count'],
    (p) => `Tệp chứa ${p.count} chứng thư số của người ký; hãy chọn tệp chỉ chứa chứng thư của một người ký.`,
    (p) =>
      `The file holds ${p.count} signer certificates; choose a file with the certificate of one signer only.`,
  ),
  TEP_CHUA_KY_KHONG_TIN_CAY: entry(
    'CHUA_KY',
    [],
    () => 'Tệp chưa được ký số, nên không có người ký nào để tin cậy.',
    () => 'The file is not digitally signed, so there is no signer to trust.',
  ),
  TEP_KY_SAI_KHONG_TIN_CAY: entry(
    'CHU_KY_KHONG_HOP_LE',
    ['reason'],
    (p) =>
      `Tệp không hợp lệ (${p.reason}): không tin cậy người ký của một tệp như vậy. Hãy chạy "tiendo verify" để biết chi tiết.`,
    (p) =>
      `The file is not valid (${p.reason}): the signer of such a file is not trusted. Run "tiendo verify" for the details.`,
  ),
  THIEU_TEN_NGUOI_KY: entry(
    'THIEU_TEN',
    [],
    () => 'Hãy nhập tên cơ quan của người ký (ví dụ "UBND tỉnh Lâm Đồng").',
    () => 'Enter the name of the signer\'s agency (for example "Lam Dong Provincial People\'s Committee").',
  ),
  THIEU_DAU_VAN_TAY_NGUOI_KY: entry(
    'THIEU_DAU_VAN_TAY',
    ['fingerprint'],
    (p) =>
      `Chỉ tin cậy người ký của một tệp nhận được sau khi đã đối chiếu dấu vân tay với nơi gửi: hãy nhập dấu vân tay họ đọc cho bạn (của tệp này: ${p.fingerprint}).`,
    (p) =>
      `The signer of a received file is trusted only after comparing the fingerprint with the sender: enter the fingerprint they read to you (this file's: ${p.fingerprint}).`,
  ),
  CHUNG_THU_CA_KHONG_PHAI_NGUOI_KY: entry(
    'LA_CHUNG_THU_CA',
    [],
    () =>
      'Đây là chứng thư số của tổ chức cấp chứng thư (CA), không phải của người ký. Hãy nhập nó vào danh sách tổ chức cấp chứng thư số.',
    () =>
      'This is the certificate of a certificate authority (CA), not of a signer. Import it into the list of certificate authorities.',
  ),
  CHUNG_THU_SAI_MUC_DICH: entry(
    'CHUNG_THU_SAI_MUC_DICH',
    ['problem'],
    (p) => `Không tin cậy chứng thư này: ${p.problem}.`,
    (p) => `This certificate is not trusted: ${p.problem}.`,
  ),
  DA_TIN_CAY_NGUOI_KY: entry(
    'DA_TIN_CAY',
    ['name', 'since'],
    (p) => `Chứng thư số này đã có trong danh sách tin cậy với tên "${p.name}" (từ ${p.since}).`,
    (p) => `This certificate is already in the trust list as "${p.name}" (since ${p.since}).`,
  ),
  KHONG_TIM_THAY_NGUOI_KY: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy người ký này trong danh sách tin cậy.',
    () => 'This signer was not found in the trust list.',
  ),
  CHUNG_THU_KHONG_PHAI_CA: entry(
    'KHONG_PHAI_CA',
    ['who'],
    (p) =>
      `Chứng thư "${p.who}" không phải của một tổ chức cấp chứng thư số (CA), nên không nhập vào danh sách CA. Chứng thư của một người ký được thêm bằng "tin cậy người ký" (tiendo trust add), sau khi đối chiếu dấu vân tay.`,
    (p) =>
      `The certificate "${p.who}" is not a certificate authority's (CA), so it is not imported into the CA list. A signer's certificate is added with "trust signer" (tiendo trust add), after comparing the fingerprint.`,
  ),
  CA_KHONG_DUOC_KY: entry(
    'KHONG_PHAI_CA',
    ['who'],
    (p) => `Chứng thư "${p.who}" không được phép ký chứng thư số khác.`,
    (p) => `The certificate "${p.who}" is not allowed to sign other certificates.`,
  ),
  KHONG_TIM_THAY_CA: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy tổ chức cấp chứng thư này trong danh sách.',
    () => 'This certificate authority was not found in the list.',
  ),
  CRL_KHONG_RO_NGUON: entry(
    'CRL_KHONG_RO_NGUON',
    [],
    () =>
      'Danh sách thu hồi này không do tổ chức cấp chứng thư số nào trong danh sách CA ký (hoặc chữ ký của nó không đúng). Hãy nhập chứng thư số của CA phát hành danh sách trước, rồi nhập lại.',
    () =>
      'This revocation list is not signed by any certificate authority in the CA list (or its signature is wrong). Import the certificate of the CA that issues the list first, then import it again.',
  ),
  CRL_DA_NHAP: entry(
    'DA_NHAP',
    [],
    () => 'Danh sách thu hồi này đã được nhập trước đây.',
    () => 'This revocation list was already imported.',
  ),
  // central office
  KHONG_PHAI_TEP_TRUNG_UONG: entry(
    'KHONG_PHAI_TEP_TRUNG_UONG',
    [],
    () => 'Tệp này không phải tệp tiếp nhận báo cáo của Trung ương.',
    () => "This file is not the central office's report reception file.",
  ),
  KY_BAO_CAO_TRUNG_UONG_SAI: entry(
    INVALID,
    ['period'],
    (p) => `Kỳ báo cáo "${p.period}" không hợp lệ (ví dụ 2026-Q4).`,
    (p) => `The reporting period "${p.period}" is not valid (for example 2026-Q4).`,
  ),
  THIEU_TEN_TRUNG_UONG: entry(
    'THIEU_TEN',
    [],
    () => 'Hãy nhập tên cơ quan tiếp nhận báo cáo (ví dụ "Bộ Khoa học và Công nghệ").',
    () =>
      'Enter the name of the agency receiving the reports (for example "Ministry of Science and Technology").',
  ),
  DA_LA_TRUNG_UONG: entry(
    'DA_LA_TRUNG_UONG',
    ['centre'],
    (p) => `Tệp này đã là tệp tiếp nhận báo cáo của ${p.centre}.`,
    (p) => `This file is already the report reception file of ${p.centre}.`,
  ),
  TEP_CO_DU_LIEU_TINH: entry(
    'TEP_CO_DU_LIEU_TINH',
    [],
    () =>
      'Tệp này đã có dữ liệu của một tỉnh (kế hoạch, cơ quan hoặc hồ sơ báo cáo); tệp tiếp nhận của Trung ương phải là một tệp mới.',
    () =>
      "This file already holds a province's data (plans, agencies or report records); the central office's reception file must be a new file.",
  ),
  KHONG_TIM_THAY_TEP_TIEP_NHAN: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy tệp đã tiếp nhận này.',
    () => 'This received file was not found.',
  ),
  TEP_TIEP_NHAN_MAT_CHUNG_THU: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Tệp đã tiếp nhận không còn chứng thư số của người ký.',
    () => "The received file no longer has the signer's certificate.",
  ),
  BIEN_NHAN_CHI_TRUNG_UONG: entry(
    'KHONG_PHAI_TEP_TRUNG_UONG',
    [],
    () => 'Chỉ tệp tiếp nhận của Trung ương mới viết giấy biên nhận.',
    () => "Only the central office's reception file writes receipts.",
  ),
  BIEN_NHAN_CAN_KY_SO: entry(
    'CAN_KY_SO',
    [],
    () => 'Giấy biên nhận phải được ký số, để tỉnh kiểm tra được đúng là của Trung ương gửi.',
    () =>
      'A receipt must be digitally signed, so the province can check it really comes from the central office.',
  ),
} as const;
