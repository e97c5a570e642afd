// The messages of opening and checking a data file (main/db/open.ts, main/db/fileCheck.ts), by key, with
// their Vietnamese and English wording, shaped like the entries of the message catalogue (code, parameter
// names, vi, en) so they join it as they are. The Vietnamese is worded exactly as before the catalogue.
export type FileParam = string | number;

interface FileEntry<N extends string> {
  code: string;
  params: readonly N[];
  vi(p: Record<N, FileParam>): string;
  en(p: Record<N, FileParam>): string;
}

function entry<const N extends string = never>(
  code: string,
  params: readonly N[],
  vi: (p: Record<N, FileParam>) => string,
  en: (p: Record<N, FileParam>) => string,
): FileEntry<N> {
  return { code, params, vi, en };
}

/** What to do when the disk is full, worded once for every message that says so. */
export const DISK_FULL_VI =
  'Hãy giải phóng dung lượng ổ đĩa (xóa bớt tệp không cần, dọn Thùng rác) rồi thử lại.';
const DISK_FULL_EN =
  'Free some disk space (delete files you do not need, empty the Recycle Bin), then try again.';

const SAVE_AS_XLSX_VI =
  'Hãy mở tệp bằng Excel hoặc LibreOffice rồi chọn Lưu thành (Save As) dạng "Excel Workbook (.xlsx)" và chọn lại tệp mới.';
const SAVE_AS_XLSX_EN =
  'Open the file in Excel or LibreOffice, choose Save As "Excel Workbook (.xlsx)" and pick the new file.';

export const FILE_MESSAGES = {
  TEP_DU_LIEU_KHONG_CO: entry(
    'KHONG_TIM_THAY',
    ['file'],
    (p) => `Không tìm thấy tệp dữ liệu "${p.file}". Hãy kiểm tra lại đường dẫn (tên tệp, ổ đĩa, thư mục).`,
    (p) => `The data file "${p.file}" was not found. Check the path (file name, drive, folder).`,
  ),
  TEP_DU_LIEU_PHIEN_BAN_MOI: entry(
    'CSDL_PHIEN_BAN_MOI',
    ['file', 'version', 'supported'],
    (p) =>
      `Tệp dữ liệu "${p.file}" được tạo bởi phiên bản TienDo mới hơn (lược đồ ${p.version}, phiên bản này hỗ trợ đến ${p.supported}). ` +
      'Hãy cập nhật TienDo; tệp không bị thay đổi.',
    (p) =>
      `The data file "${p.file}" was made by a newer version of TienDo (schema ${p.version}; this version supports up to ${p.supported}). ` +
      'Update TienDo; the file was not changed.',
  ),
  TEP_KHONG_PHAI_TIENDO: entry(
    'KHONG_PHAI_TIENDO',
    ['file'],
    (p) =>
      `Tệp "${p.file}" không phải tệp dữ liệu TienDo (đó là cơ sở dữ liệu của chương trình khác); TienDo không thay đổi tệp này. Hãy chọn đúng tệp dữ liệu TienDo, hoặc chọn một tên tệp mới để tạo dữ liệu mới.`,
    (p) =>
      `"${p.file}" is not a TienDo data file (it is another program's database); TienDo did not change it. Choose the right TienDo data file, or choose a new file name to start new data.`,
  ),
  TEP_DU_LIEU_KHONG_DOC_DUOC: entry(
    'CSDL_KHONG_DOC_DUOC',
    ['file'],
    (p) =>
      `Không có quyền đọc tệp dữ liệu "${p.file}". Hãy cấp quyền đọc và ghi tệp này (và thư mục chứa nó) cho tài khoản đang dùng máy, hoặc nhờ bộ phận kỹ thuật; cũng có thể chép tệp sang một thư mục của bạn rồi mở bản chép.`,
    (p) =>
      `There is no permission to read the data file "${p.file}". Give the account using this computer permission to read and write the file (and its folder), or ask technical support; you can also copy the file to a folder of yours and open the copy.`,
  ),
  TEP_DU_LIEU_WAL_KHONG_GHI_DUOC: entry(
    'CHI_DOC',
    ['file', 'folder'],
    (p) =>
      `Tệp dữ liệu "${p.file}" còn phần thay đổi chưa ghi hẳn vào tệp (tệp "-wal" bên cạnh), nhưng thư mục không cho phép ghi nên TienDo không đọc trọn được. Hãy cấp quyền ghi cho thư mục "${p.folder}", mở TienDo một lần, rồi thử lại.`,
    (p) =>
      `The data file "${p.file}" still has changes not yet written into it (the "-wal" file beside it), but its folder cannot be written, so TienDo cannot read it whole. Give write permission to the folder "${p.folder}", open TienDo once, then try again.`,
  ),
  TEP_DU_LIEU_LA_THU_MUC: entry(
    'CSDL_LA_THU_MUC',
    ['file'],
    (p) =>
      `Đường dẫn "${p.file}" là một thư mục, không phải tệp dữ liệu. Hãy chỉ đến tệp dữ liệu trong thư mục đó (thường là "tiendo.db").`,
    (p) =>
      `The path "${p.file}" is a folder, not a data file. Point to the data file inside that folder (usually "tiendo.db").`,
  ),
  BAN_SAO_DU_LIEU_HONG: entry(
    'CSDL_HONG',
    ['target'],
    (p) =>
      `Bản sao của dữ liệu không qua được bước kiểm tra (dữ liệu có chỗ bị hỏng), nên không ghi "${p.target}". Hãy chạy "tiendo check" và khôi phục từ bản sao lưu tốt gần nhất.`,
    (p) =>
      `The copy of the data failed its check (part of the data is damaged), so "${p.target}" was not written. Run "tiendo check" and restore from the newest good backup.`,
  ),
  SAO_LUU_HOM_NAY_HONG: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) =>
      `Bản sao lưu hôm nay cho thấy dữ liệu có chỗ bị hỏng; bản sao được giữ riêng ("${p.name}") và các bản sao lưu tốt không bị xóa. Hãy chạy Kiểm tra dữ liệu (Cài đặt) rồi khôi phục từ bản sao lưu tốt gần nhất.`,
    (p) =>
      `Today's backup shows that part of the data is damaged; the copy is kept apart ("${p.name}") and the good backups were not deleted. Run Check data (Settings), then restore from the newest good backup.`,
  ),
  TEP_SAO_LUU_KHONG_CO: entry(
    'KHONG_TIM_THAY',
    ['file'],
    (p) => `Không tìm thấy tệp sao lưu "${p.file}".`,
    (p) => `The backup file "${p.file}" was not found.`,
  ),
  TEP_SAO_LUU_KHONG_PHAI_TIENDO: entry(
    'SAO_LUU_KHONG_HOP_LE',
    ['name'],
    (p) =>
      `Tệp "${p.name}" không phải bản sao lưu TienDo mà phiên bản này mở được. Hãy chọn một bản sao lưu khác.`,
    (p) => `"${p.name}" is not a TienDo backup this version can open. Choose another backup.`,
  ),
  SAO_LUU_LUOC_DO_KHAC: entry(
    'SAO_LUU_KHONG_HOP_LE',
    ['name', 'version'],
    (p) => `Tệp "${p.name}" không phải bản sao lưu TienDo mà phiên bản này mở được (lược đồ ${p.version}).`,
    (p) => `"${p.name}" is not a TienDo backup this version can open (schema ${p.version}).`,
  ),
  TEP_SAO_LUU_HONG: entry(
    'SAO_LUU_HONG',
    ['name', 'problems'],
    (p) => `Tệp sao lưu "${p.name}" bị hỏng: ${p.problems}`,
    (p) => `The backup file "${p.name}" is damaged: ${p.problems}`,
  ),
  SAO_LUU_SQLITE_HONG: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) =>
      `Tệp "${p.name}" không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng. Hãy chọn một bản sao lưu khác.`,
    (p) => `"${p.name}" is not a valid SQLite database or is damaged. Choose another backup.`,
  ),
  SAO_LUU_KHONG_PHAI_SQLITE: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) => `Tệp "${p.name}" không phải cơ sở dữ liệu SQLite hợp lệ.`,
    (p) => `"${p.name}" is not a valid SQLite database.`,
  ),
  BAN_CHEP_KHOI_PHUC_HONG: entry(
    'SAO_LUU_HONG',
    ['name'],
    (p) => `Bản chép của "${p.name}" bị hỏng khi ghi; dữ liệu hiện tại không bị thay đổi.`,
    (p) => `The copy of "${p.name}" was damaged while being written; the current data was not changed.`,
  ),
  GHI_TEP_O_DIA_DAY: entry(
    'O_DIA_DAY',
    ['file'],
    (p) =>
      `Ổ đĩa đầy: không ghi được tệp "${p.file}". ${DISK_FULL_VI} Chưa có tệp nào được ghi dưới tên này.`,
    (p) =>
      `The disk is full: the file "${p.file}" could not be written. ${DISK_FULL_EN} No file was written under this name.`,
  ),
  GHI_TEP_DA_TON_TAI: entry(
    'DA_TON_TAI',
    ['file'],
    (p) =>
      `Tệp "${p.file}" đã tồn tại nên không bị ghi đè; hãy chọn tên khác (dòng lệnh: thêm --force để ghi đè).`,
    (p) =>
      `The file "${p.file}" already exists, so it was not overwritten; choose another name (command line: add --force to overwrite).`,
  ),
  GHI_TEP_KHONG_CO_QUYEN: entry(
    'KHONG_CO_QUYEN_GHI',
    ['folder'],
    (p) =>
      `Không có quyền ghi vào thư mục "${p.folder}". Hãy chọn một thư mục của bạn (ví dụ Tài liệu) hoặc xin cấp quyền ghi cho thư mục này.`,
    (p) =>
      `There is no permission to write to the folder "${p.folder}". Choose a folder of yours (for example Documents) or ask for write permission to this folder.`,
  ),
  GHI_TEP_KHONG_CO_THU_MUC: entry(
    'KHONG_CO_THU_MUC',
    ['folder'],
    (p) => `Thư mục "${p.folder}" không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.`,
    (p) => `The folder "${p.folder}" does not exist. Create it or choose another place to save.`,
  ),
  GHI_TEP_LOI: entry(
    'LOI_GHI_TEP',
    ['file'],
    (p) =>
      `Không ghi được tệp "${p.file}". Hãy kiểm tra ổ đĩa và thư mục (còn chỗ trống, cho phép ghi) rồi thử lại; chưa có tệp nào được ghi dưới tên này.`,
    (p) =>
      `The file "${p.file}" could not be written. Check the drive and folder (free space, write permission) and try again; no file was written under this name.`,
  ),
  LUU_KHI_CHI_DOC: entry(
    'CHI_DOC',
    [],
    () =>
      'Dữ liệu đang mở ở chế độ chỉ đọc (xem thông báo ở đầu cửa sổ), nên thay đổi này chưa được lưu. Hãy cấp quyền ghi cho tệp và thư mục dữ liệu rồi mở lại TienDo.',
    () =>
      'The data is open read-only (see the notice at the top of the window), so this change was not saved. Give write permission to the data file and its folder, then reopen TienDo.',
  ),
  LUU_KHI_O_DIA_DAY: entry(
    'O_DIA_DAY',
    [],
    () => `Ổ đĩa đầy nên thay đổi này chưa được lưu (dữ liệu đã có không bị ảnh hưởng). ${DISK_FULL_VI}`,
    () =>
      `The disk is full, so this change was not saved (the data already saved is not affected). ${DISK_FULL_EN}`,
  ),
  LUU_KHI_DU_LIEU_HONG: entry(
    'CSDL_HONG',
    [],
    () =>
      'Tệp dữ liệu có chỗ bị hỏng nên thao tác này không thực hiện được. Hãy vào Cài đặt > Kiểm tra dữ liệu, rồi khôi phục từ bản sao lưu tốt gần nhất.',
    () =>
      'Part of the data file is damaged, so this could not be done. Go to Settings > Check data, then restore from the newest good backup.',
  ),
  KHOA_GHI_KHONG_TAO_DUOC: entry(
    'KHONG_TAO_DUOC_KHOA',
    ['lockFile', 'folder'],
    (p) =>
      `Không tạo được tệp khóa "${p.lockFile}" bên cạnh tệp dữ liệu, nên TienDo không mở được dữ liệu để ghi. Hãy kiểm tra quyền ghi của thư mục "${p.folder}".`,
    (p) =>
      `The lock file "${p.lockFile}" could not be created beside the data file, so TienDo cannot open the data for writing. Check write permission on the folder "${p.folder}".`,
  ),
  KHOA_GHI_KHONG_DUOC: entry(
    'KHONG_KHOA_DUOC',
    ['file', 'reason', 'lockFile'],
    (p) =>
      `Không khóa được tệp dữ liệu "${p.file}" để ghi (${p.reason}). Hãy xóa tệp "${p.lockFile}" nếu không còn cửa sổ TienDo nào mở, rồi thử lại.`,
    (p) =>
      `The data file "${p.file}" could not be locked for writing (${p.reason}). Delete the file "${p.lockFile}" if no TienDo window is still open, then try again.`,
  ),
  THU_KHONG_CO: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy thư trong hộp thư đi; hãy tải lại trang.',
    () => 'The message was not found in the outbox; reload the page.',
  ),
  HO_SO_CUA_THU_KHONG_CO: entry(
    'KHONG_TIM_THAY',
    [],
    () => 'Không tìm thấy hồ sơ báo cáo của thư này; hãy tải lại trang.',
    () => 'The report submission of this message was not found; reload the page.',
  ),
  THU_DANG_GUI: entry(
    'DANG_GUI',
    [],
    () => 'Thư đang được gửi; hãy chờ kết quả rồi thử lại.',
    () => 'The message is being sent; wait for the result, then try again.',
  ),
  BANG_TINH_RONG: entry(
    'TEP_RONG',
    ['fileName'],
    (p) => `Tệp «${p.fileName}» rỗng (0 byte).`,
    (p) => `The file «${p.fileName}» is empty (0 bytes).`,
  ),
  BANG_TINH_XLS_CU: entry(
    'DINH_DANG_CU',
    ['fileName'],
    (p) =>
      `Tệp «${p.fileName}» là tệp Excel 97-2003 (.xls) hoặc tệp Excel có đặt mật khẩu, TienDo chưa đọc được. ` +
      `Nếu tệp có mật khẩu, hãy bỏ mật khẩu trước. ${SAVE_AS_XLSX_VI}`,
    (p) =>
      `The file «${p.fileName}» is an Excel 97-2003 file (.xls) or a password-protected Excel file, which TienDo cannot read yet. ` +
      `If it has a password, remove the password first. ${SAVE_AS_XLSX_EN}`,
  ),
  BANG_TINH_ODS: entry(
    'DINH_DANG_KHAC',
    ['fileName'],
    (p) => `Tệp «${p.fileName}» là tệp OpenDocument (.ods), TienDo chỉ đọc .xlsx và .csv. ${SAVE_AS_XLSX_VI}`,
    (p) =>
      `The file «${p.fileName}» is an OpenDocument file (.ods); TienDo reads only .xlsx and .csv. ${SAVE_AS_XLSX_EN}`,
  ),
  BANG_TINH_LA_TRANG_WEB: entry(
    'DINH_DANG_KHAC',
    ['fileName'],
    (p) =>
      `Tệp «${p.fileName}» thực ra là một trang web (HTML/XML) mang đuôi Excel, thường do phần mềm khác xuất ra. ${SAVE_AS_XLSX_VI}`,
    (p) =>
      `The file «${p.fileName}» is really a web page (HTML/XML) with an Excel extension, usually exported by other software. ${SAVE_AS_XLSX_EN}`,
  ),
  BANG_TINH_KHONG_PHAI_EXCEL: entry(
    'DINH_DANG_KHAC',
    ['fileName'],
    (p) => `Tệp «${p.fileName}» không phải là tệp Excel (.xlsx) hay CSV. ${SAVE_AS_XLSX_VI}`,
    (p) => `The file «${p.fileName}» is neither an Excel file (.xlsx) nor a CSV file. ${SAVE_AS_XLSX_EN}`,
  ),
  BANG_TINH_QUA_LON: entry(
    'TEP_QUA_LON',
    ['fileName', 'size', 'limit'],
    (p) => `Tệp «${p.fileName}» lớn ${p.size}, quá giới hạn ${p.limit} của một bảng tính nhập vào TienDo.`,
    (p) =>
      `The file «${p.fileName}» is ${p.size}, over the ${p.limit} limit for a spreadsheet imported into TienDo.`,
  ),
  CSV_QUA_NHIEU_COT: entry(
    'TEP_QUA_LON',
    ['row', 'maxColumns'],
    (p) => `Tệp CSV có dòng ${p.row} hơn ${p.maxColumns} cột; hãy kiểm tra lại dấu phân cách.`,
    (p) => `Row ${p.row} of the CSV file has more than ${p.maxColumns} columns; check the separator.`,
  ),
  CSV_QUA_NHIEU_DONG: entry(
    'TEP_QUA_LON',
    ['maxRows'],
    (p) => `Tệp CSV có hơn ${p.maxRows} dòng, quá giới hạn đọc.`,
    (p) => `The CSV file has more than ${p.maxRows} rows, over the reading limit.`,
  ),
  SO_TINH_QUA_NHIEU_TRANG: entry(
    'TEP_QUA_LON',
    ['maxSheets'],
    (p) => `Sổ tính có hơn ${p.maxSheets} trang tính, quá giới hạn đọc; hãy bỏ bớt các trang không cần.`,
    (p) =>
      `The workbook has more than ${p.maxSheets} sheets, over the reading limit; remove the sheets you do not need.`,
  ),
  TRANG_TINH_QUA_NHIEU_DONG_COT: entry(
    'TEP_QUA_LON',
    ['maxRows', 'maxColumns'],
    (p) =>
      `Một trang tính có quá nhiều dòng hoặc cột (giới hạn ${p.maxRows} dòng, ${p.maxColumns} cột); hãy xóa các dòng, cột thừa rồi lưu lại.`,
    (p) =>
      `A sheet has too many rows or columns (the limit is ${p.maxRows} rows, ${p.maxColumns} columns); delete the extra rows and columns, then save again.`,
  ),
} as const;
