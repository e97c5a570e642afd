// The package of every workbook TienDo writes (the report here, the meeting documents in ../briefing, the
// centre's, the lists and the collection forms), made from exceljs's parts and zipped once: cells marked as
// text get quotePrefix (see cells.ts), the default font becomes Times New Roman (useTimesAsDefaultFont),
// and a document's model goes in as its own part, reached from the package relationships (/_rels/.rels)
// by a relationship of TienDo's own type, so the centre's tools can read the figures without retyping
// them. All of it happens before signing, so the signature covers the model too: a changed figure in it
// breaks the signature.
import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { writeZip } from '../signature/zipWriter';
import { type PackageParts, partText, workbookParts } from './workbookParts';

export const MODEL_PART = 'tiendo/report-model.json';
export const MODEL_CONTENT_TYPE = 'application/vnd.tiendo.report-model+json';
/** A URN rather than an http URL: it names the relationship and is never fetched. */
export const MODEL_RELATIONSHIP = 'urn:tiendo:relationship:report-model';

/** Where a document's model goes in the package, and the relationship that leads to it. */
export interface EmbeddedPart {
  part: string;
  contentType: string;
  relationship: string;
  /** The relationship's Id in /_rels/.rels. */
  relId: string;
}

export const REPORT_PART: EmbeddedPart = {
  part: MODEL_PART,
  contentType: MODEL_CONTENT_TYPE,
  relationship: MODEL_RELATIONSHIP,
  relId: 'rIdTiendoReportModel',
};

function insertBefore(xml: string, closingTag: string, fragment: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`Gói tệp thiếu ${closingTag}.`);
  return `${xml.slice(0, at)}${fragment}${xml.slice(at)}`;
}

/** Adds quotePrefix="1" to every cell format with the Text number format (49, '@'). */
export function addQuotePrefix(stylesXml: string): string {
  return stylesXml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(/<xf\b([^>]*?)(\/?)>/g, (tag, attrs: string, selfClosing: string) =>
      /\bnumFmtId="49"/.test(attrs) && !/\bquotePrefix=/.test(attrs)
        ? `<xf${attrs} quotePrefix="1"${selfClosing}>`
        : tag,
    ),
  );
}

/**
 * Makes Times New Roman the workbook's default font (exceljs always writes Calibri). Column widths are
 * counted in digits of the default font, so with Calibri missing (LibreOffice on most Linux machines
 * substitutes a wider sans) the columns would come out wider than on an office PC with Excel; with the
 * same serif font everywhere, widths and row heights match from one program to the other.
 */
export function useTimesAsDefaultFont(stylesXml: string): string {
  return stylesXml.replace(
    /(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/,
    '$1<font><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font>',
  );
}

/**
 * The package of a workbook TienDo writes: exceljs's parts (workbookParts.ts), its styles finished, the
 * document's model embedded when it has one, zipped once by Node's zlib (../signature/zipWriter.ts). Every
 * part is dated by the workbook's `modified` (the model's time), so two exports of one model are the same
 * bytes.
 */
export async function packWorkbook(
  wb: Workbook,
  embedded?: { embed: EmbeddedPart; model: unknown },
): Promise<Buffer> {
  const parts = await workbookParts(wb);
  const styles = parts.get('xl/styles.xml');
  // Times New Roman as the workbook default too (Nghị định 30/2020): otherwise LibreOffice substitutes a
  // wider font for Calibri in empty cells and rescales the printed page.
  if (styles !== undefined)
    parts.set('xl/styles.xml', useTimesAsDefaultFont(addQuotePrefix(partText(styles))));
  if (embedded) embedModelInParts(parts, embedded.embed, embedded.model);
  const modified = wb.modified ?? wb.created ?? new Date();
  return writeZip([...parts].map(([name, data]) => ({ name, data, modified })));
}

/** A document's workbook with its model embedded (the report, the meeting documents, the centre's). */
export function finishPackage(wb: Workbook, embed: EmbeddedPart, model: unknown): Promise<Buffer> {
  return packWorkbook(wb, { embed, model });
}

/** The model's part: its JSON, one space of indent (readable, and small beside two). */
function modelJson(model: unknown): string {
  return JSON.stringify(model, null, 1);
}

function withModelOverride(types: string, embed: EmbeddedPart): string {
  return insertBefore(
    types,
    '</Types>',
    `<Override PartName="/${embed.part}" ContentType="${embed.contentType}"/>`,
  );
}

function withModelRelationship(rels: string, embed: EmbeddedPart): string {
  return insertBefore(
    rels,
    '</Relationships>',
    `<Relationship Id="${embed.relId}" Type="${embed.relationship}" Target="${embed.part}"/>`,
  );
}

function embedModelInParts(parts: PackageParts, embed: EmbeddedPart, model: unknown): void {
  const types = parts.get('[Content_Types].xml');
  const rels = parts.get('_rels/.rels');
  if (types === undefined || rels === undefined)
    throw new Error('Gói tệp thiếu [Content_Types].xml hoặc _rels/.rels.');
  parts.set('[Content_Types].xml', withModelOverride(partText(types), embed));
  parts.set('_rels/.rels', withModelRelationship(partText(rels), embed));
  parts.set(embed.part, modelJson(model));
}

/**
 * Puts a document's model into an OPC package as its own part, declared in [Content_Types].xml and reached
 * from /_rels/.rels by `embed.relationship`: the same for a workbook and a Word document (main/word).
 */
export async function embedModelPart(zip: JSZip, embed: EmbeddedPart, model: unknown): Promise<void> {
  zip.file(embed.part, modelJson(model));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', withModelOverride(types, embed));
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file('_rels/.rels', withModelRelationship(rels, embed));
}
