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
} as const;
