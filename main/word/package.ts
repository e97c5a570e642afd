// A Word document as TienDo hands it out: the docx package's Document packed, its document properties
// dated by the model (not the clock of the moment it was packed, so two exports of one model are the same
// document), and the model embedded as its own part exactly as in a workbook (../excel/report/package.ts):
// the signature covers it, and `tiendo inspect`, the verify screen and the e-mail read it back the same way.
import { Document, Packer, type ISectionOptions } from 'docx';
import JSZip from 'jszip';
import { embedModelPart, type EmbeddedPart } from '../excel/report/package';
import { writeZip } from '../excel/signature/zipWriter';
import { BODY_PT, FONT } from './layout';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface WordMeta {
  title: string;
  subject?: string;
  /** The author written in the document properties. */
  creator: string;
  /** When the document was made (its model's time). */
  at: Date;
}

/** Word's core properties carry the packing time; they get the model's time instead. */
function datedCore(xml: string, at: Date): string {
  const iso = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _name: string, close: string) => `${open}${iso}${close}`,
  );
}

export async function packWord(
  sections: ISectionOptions[],
  meta: WordMeta,
  embed: EmbeddedPart,
  model: unknown,
): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    title: meta.title,
    ...(meta.subject ? { subject: meta.subject } : {}),
    styles: {
      default: { document: { run: { font: FONT, size: BODY_PT * 2 } } },
    },
    sections,
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const core = zip.file('docProps/core.xml');
  if (core) zip.file('docProps/core.xml', datedCore(await core.async('string'), meta.at));
  await embedModelPart(zip, embed, model);
  // Zipped by the workbooks' writer, every part dated by the model too (JSZip would date them now).
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, data: await f.async('nodebuffer'), modified: meta.at })),
  );
  return writeZip(parts);
}
