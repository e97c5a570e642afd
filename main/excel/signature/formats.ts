/**
 * The two kinds of OPC package TienDo reads, signs and verifies: an Excel workbook (.xlsx) and a Word
 * document (.docx). Both are the same OPC (ECMA-376 Part 2): the same zip, content types, relationships and
 * package signature; they differ in their main part and in the parts they may hold. The format is told by
 * the main part /_rels/.rels names as the office document and by its content type, never by the file name.
 *
 * Each format has a list of the content types its parts may have (its own markup, drawings, pictures,
 * themes, properties, TienDo's embedded model, the signature); a part of any other type (macros, embedded
 * programs or objects, a part with no content type) is refused when the package is read, so what a reader
 * shows and what a signature covers is only ever a document of that format.
 */
import { SignatureError } from './types';

export type PackageFormat = 'xlsx' | 'docx';
export const PACKAGE_FORMATS: readonly PackageFormat[] = ['xlsx', 'docx'];

/** As a person names the kind of file: 'tệp Excel (.xlsx)'. */
export const FORMAT_NAMES: Record<PackageFormat, string> = {
  xlsx: 'tệp Excel (.xlsx)',
  docx: 'tệp Word (.docx)',
};

const OFFICE = 'application/vnd.openxmlformats-officedocument.';
const PACKAGE = 'application/vnd.openxmlformats-package.';

/** The main part's content type of each format. */
export const MAIN_CONTENT_TYPES: Record<PackageFormat, string> = {
  xlsx: `${OFFICE}spreadsheetml.sheet.main+xml`,
  docx: `${OFFICE}wordprocessingml.document.main+xml`,
};

/** Relationship types, transitional and strict, of the package's main part. */
export const REL_OFFICE_DOCUMENT: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

/** Types every format may hold. */
const COMMON_TYPES: ReadonlySet<string> = new Set([
  `${PACKAGE}relationships+xml`,
  `${PACKAGE}core-properties+xml`,
  `${PACKAGE}digital-signature-origin`,
  `${PACKAGE}digital-signature-xmlsignature+xml`,
  `${OFFICE}extended-properties+xml`,
  `${OFFICE}custom-properties+xml`,
  `${OFFICE}theme+xml`,
  `${OFFICE}themeOverride+xml`,
  `${OFFICE}customXmlProperties+xml`,
  'application/xml',
  // TienDo's embedded models (the report's, the meeting documents').
  'application/vnd.tiendo.report-model+json',
  'application/json',
  'application/vnd.ms-office.chartstyle+xml',
  'application/vnd.ms-office.chartcolorstyle+xml',
]);
/** Drawings, charts, diagrams and pictures, in either format. */
const COMMON_PREFIXES = [`${OFFICE}drawing`, `${OFFICE}vmlDrawing`, 'image/'];

/** A macro or program, whatever the format: never read, never signed. */
const PROGRAM = /macroEnabled|vbaProject|vbaData|keyMapCustomizations|oleObject|activeX/i;

const OWN_PREFIXES: Record<PackageFormat, readonly string[]> = {
  xlsx: [`${OFFICE}spreadsheetml.`, 'application/vnd.ms-excel.'],
  docx: [`${OFFICE}wordprocessingml.`, 'application/vnd.ms-word.'],
};
const OWN_TYPES: Record<PackageFormat, ReadonlySet<string>> = {
  xlsx: new Set(),
  // Fonts a document embeds (Word obfuscates them).
  docx: new Set([`${OFFICE}obfuscatedFont`, 'application/x-fontdata', 'application/x-font-ttf']),
};

/** Whether a part of `contentType` belongs in a package of `format`. */
export function allowedContentType(format: PackageFormat, contentType: string): boolean {
  const type = contentType.trim().toLowerCase();
  if (PROGRAM.test(type)) return false;
  const lower = (s: string) => s.toLowerCase();
  if ([...COMMON_TYPES, ...OWN_TYPES[format]].some((t) => lower(t) === type)) return true;
  return [...COMMON_PREFIXES, ...OWN_PREFIXES[format]].some((p) => type.startsWith(lower(p)));
}

/** The format whose main part has `contentType`, or null. */
export function formatOfMainType(contentType: string | null): PackageFormat | null {
  return PACKAGE_FORMATS.find((f) => MAIN_CONTENT_TYPES[f] === contentType) ?? null;
}

export function notAnOfficeFile(detail: string): SignatureError {
  return new SignatureError(
    'TEP_KHONG_HOP_LE',
    `Tệp không phải là ${FORMAT_NAMES.xlsx} hay ${FORMAT_NAMES.docx} hợp lệ: ${detail}`,
  );
}
