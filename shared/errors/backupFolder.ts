// The messages of a backup to a folder the person chose (main/db/backupToFolder.ts), by key, with their
// Vietnamese and English wording, shaped like the entries of the message catalogue (code, parameter
// names, vi, en) so they can join it as they are.
export type FolderParam = string | number;

interface FolderEntry<N extends string> {
  code: string;
  params: readonly N[];
  vi(p: Record<N, FolderParam>): string;
  en(p: Record<N, FolderParam>): string;
}

function entry<const N extends string = never>(
  code: string,
  params: readonly N[],
  vi: (p: Record<N, FolderParam>) => string,
  en: (p: Record<N, FolderParam>) => string,
): FolderEntry<N> {
  return { code, params, vi, en };
}

export const BACKUP_FOLDER_MESSAGES = {
  SAO_LUU_THU_MUC_TUONG_DOI: entry(
    'SAO_LUU_THU_MUC_KHONG_HOP_LE',
    ['folder'],
    (p) =>
      `"${p.folder}" không phải đường dẫn đầy đủ của một thư mục. Hãy nhập đường dẫn đầy đủ, ví dụ E:\\SaoLuu (ổ USB) hoặc /media/usb/SaoLuu.`,
    (p) =>
      `"${p.folder}" is not the full path of a folder. Enter a full path, for example E:\\Backups (a USB stick) or /media/usb/Backups.`,
  ),
  SAO_LUU_THU_MUC_KHONG_CO: entry(
    'SAO_LUU_THU_MUC_KHONG_CO',
    ['folder'],
    (p) =>
      `Không tìm thấy thư mục "${p.folder}". Hãy cắm ổ USB (nếu sao lưu ra USB), kiểm tra lại đường dẫn hoặc chọn thư mục khác.`,
    (p) =>
      `The folder "${p.folder}" was not found. Plug in the USB stick (if backing up to one), check the path or choose another folder.`,
  ),
  SAO_LUU_KHONG_PHAI_THU_MUC: entry(
    'SAO_LUU_KHONG_PHAI_THU_MUC',
    ['folder'],
    (p) => `"${p.folder}" là một tệp, không phải thư mục. Hãy chọn thư mục sẽ chứa bản sao lưu.`,
    (p) => `"${p.folder}" is a file, not a folder. Choose the folder that will hold the backup.`,
  ),
  SAO_LUU_THU_MUC_KHONG_GHI_DUOC: entry(
    'SAO_LUU_THU_MUC_KHONG_GHI_DUOC',
    ['folder'],
    (p) =>
      `Không ghi được vào thư mục "${p.folder}" (chỉ đọc hoặc không có quyền ghi). Hãy kiểm tra khóa chống ghi của ổ USB hoặc chọn thư mục khác.`,
    (p) =>
      `Cannot write to the folder "${p.folder}" (read-only or no permission to write). Check the USB stick's write-protect switch or choose another folder.`,
  ),
  SAO_LUU_THU_MUC_DAY: entry(
    'O_DIA_DAY',
    ['folder', 'needMb', 'freeMb'],
    (p) =>
      `Thư mục "${p.folder}" không đủ chỗ cho bản sao lưu: cần khoảng ${p.needMb} MB, còn trống ${p.freeMb} MB. Hãy xóa bớt tệp trên ổ đó hoặc chọn ổ khác.`,
    (p) =>
      `The folder "${p.folder}" has no room for the backup: it needs about ${p.needMb} MB, ${p.freeMb} MB are free. Delete some files on that drive or choose another one.`,
  ),
  SAO_LUU_KIEM_TRA_HONG: entry(
    'SAO_LUU_KIEM_TRA_HONG',
    ['folder', 'problem'],
    (p) =>
      `Bản sao ghi ra "${p.folder}" không qua được bước kiểm tra (${p.problem}) nên đã bị xóa; dữ liệu của bạn không bị thay đổi. Hãy thử lại, hoặc chọn ổ khác nếu lỗi lặp lại.`,
    (p) =>
      `The copy written to "${p.folder}" failed its check (${p.problem}) and was removed; your data is unchanged. Try again, or choose another drive if it happens again.`,
  ),
} as const;

export type BackupFolderKey = keyof typeof BACKUP_FOLDER_MESSAGES;
export type BackupFolderParams<K extends BackupFolderKey> = Parameters<
  (typeof BACKUP_FOLDER_MESSAGES)[K]['vi']
>[0];

/** What a check of the copy found wrong, worded for SAO_LUU_KIEM_TRA_HONG's `problem`. */
export const copyProblem = {
  integrity: (detail: string) => ({
    vi: `kiểm tra toàn vẹn báo lỗi: ${detail}`,
    en: `the integrity check reported: ${detail}`,
  }),
  version: (copy: number, source: number) => ({
    vi: `phiên bản lược đồ ${copy} khác bản gốc ${source}`,
    en: `schema version ${copy} differs from the source's ${source}`,
  }),
  rows: (table: string, copy: number, source: number) => ({
    vi: `bảng ${table} có ${copy} dòng, bản gốc có ${source}`,
    en: `table ${table} has ${copy} rows, the source has ${source}`,
  }),
  unreadable: (detail: string) => ({
    vi: `không mở được bản sao: ${detail}`,
    en: `the copy could not be opened: ${detail}`,
  }),
};
