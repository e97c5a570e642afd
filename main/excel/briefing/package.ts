// Finishing a briefing or notice package like the report pipeline finishes its own (../report/package.ts):
// text cells keep quotePrefix, and the document's model goes in as its own JSON part reached from the
// package relationships, before signing, so the signature covers it.
import JSZip from 'jszip';
import { addQuotePrefix } from '../report/package';

export const BRIEFING_PART = {
  part: 'tiendo/briefing-model.json',
  relationship: 'urn:tiendo:relationship:briefing-model',
};
export const NOTICE_PART = {
  part: 'tiendo/notice-model.json',
  relationship: 'urn:tiendo:relationship:notice-model',
};
const CONTENT_TYPE = 'application/json';

function insertBefore(xml: string, closingTag: string, fragment: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`Gói tệp Excel thiếu ${closingTag}.`);
  return `${xml.slice(0, at)}${fragment}${xml.slice(at)}`;
}

export async function finishDocument(
  xlsx: Buffer,
  embed: { part: string; relationship: string },
  model: unknown,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = zip.file('xl/styles.xml');
  if (styles) zip.file('xl/styles.xml', addQuotePrefix(await styles.async('string')));
  zip.file(embed.part, JSON.stringify(model, null, 1));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    insertBefore(types, '</Types>', `<Override PartName="/${embed.part}" ContentType="${CONTENT_TYPE}"/>`),
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    insertBefore(
      rels,
      '</Relationships>',
      `<Relationship Id="rIdTiendoDocumentModel" Type="${embed.relationship}" Target="${embed.part}"/>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
