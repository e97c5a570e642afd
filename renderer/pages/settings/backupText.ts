// How a backup is described: its reason in words (from the file name's suffix) and its size.
import type { TFunction } from 'i18next';

/** 'hang-ngay' -> 'Tự động hằng ngày'; 'truoc-nang-cap-v2' -> 'Trước khi nâng cấp'; unknown reasons as they are. */
export function backupReason(reason: string, t: TFunction): string {
  const key = reason.startsWith('truoc-nang-cap') ? 'truoc-nang-cap' : reason;
  return t(`settings.backups.reason.${key}`, { defaultValue: reason });
}

/** 1536 -> '1,5 KB' with the current language's number format. */
export function backupSize(bytes: number, number: (n: number, digits?: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
