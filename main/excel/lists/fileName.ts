// File names TienDo gives the files it writes for others (exports, forms, drafts): plain ASCII letters,
// digits and dashes, so they survive every mail client, zip tool and old Windows share unchanged.
import { foldVietnamese } from '../../../shared/text/fold';

/** "Sở KH&CN – Quý IV/2026" -> "So-KH-CN-Quy-IV-2026". */
export function fileNamePart(text: string, max = 60): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const part = folded
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return part || foldVietnamese(text).replace(/[^a-z0-9]+/g, '') || 'tep';
}

/** Parts joined by "_", with the extension: ["Danh sach nhiem vu", "2026-12-01"], "xlsx". */
export function fileNameOf(parts: string[], extension: string): string {
  return `${parts
    .map((p) => fileNamePart(p))
    .filter(Boolean)
    .join('_')}.${extension}`;
}
