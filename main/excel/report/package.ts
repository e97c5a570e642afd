// Finishing the package exceljs wrote, for every document TienDo writes (the report here, the meeting
// documents in ../briefing): the document's model goes in as its own part, reached from the package
// relationships (/_rels/.rels) by a relationship of TienDo's own type, so the centre's tools can read the
// figures without retyping them; and cells marked as text get quotePrefix (see cells.ts). Both happen
// before signing, so the signature covers the model too: a changed figure in it breaks the signature.
// The report's default font becomes Times New Roman too (see useTimesAsDefaultFont).
import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { writeZip } from '../signature/zipWriter';

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
 * The workbook's package as exceljs writes it, its parts stored, not deflated: every package is finished
 * (and the report signed) by rewriting it, and the parts are deflated once, there, by `rezip`.
 */
export async function writeStoredPackage(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
}

/** The package's parts in their order, deflated by Node's zlib (../signature/zipWriter.ts). */
export async function rezip(zip: JSZip): Promise<Buffer> {
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const parts = await Promise.all(
    files.map(async (f) => ({ name: f.name, data: await f.async('nodebuffer'), modified: f.date })),
  );
  return writeZip(parts);
}

export async function finishPackage(xlsx: Buffer, embed: EmbeddedPart, model: unknown): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = zip.file('xl/styles.xml');
  if (styles) {
    const quoted = addQuotePrefix(await styles.async('string'));
    // Times New Roman as the workbook default too (Nghị định 30/2020): otherwise LibreOffice substitutes a
    // wider font for Calibri in empty cells and rescales the printed page.
    zip.file('xl/styles.xml', useTimesAsDefaultFont(quoted));
  }

  await embedModelPart(zip, embed, model);
  return rezip(zip);
}

/**
 * Puts a document's model into an OPC package as its own part, declared in [Content_Types].xml and reached
 * from /_rels/.rels by `embed.relationship`: the same for a workbook and a Word document (main/word).
 */
export async function embedModelPart(zip: JSZip, embed: EmbeddedPart, model: unknown): Promise<void> {
  zip.file(embed.part, JSON.stringify(model, null, 1));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    insertBefore(
      types,
      '</Types>',
      `<Override PartName="/${embed.part}" ContentType="${embed.contentType}"/>`,
    ),
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    insertBefore(
      rels,
      '</Relationships>',
      `<Relationship Id="${embed.relId}" Type="${embed.relationship}" Target="${embed.part}"/>`,
    ),
  );
}
