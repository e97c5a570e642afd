/**
 * Reading an OPC package (.xlsx or .docx) once, strictly: the zip (zip.ts), the part names (partNames.ts),
 * the content types and every relationships part, parsed as XML, and the format (formats.ts): the main part
 * tells it, and every part must have a content type that format allows. Verifying, signing and reading all
 * work on what this returns, so the bytes a signature is checked against are the bytes a reader shows.
 * Also the OPC RelationshipTransform used to digest relationships.
 */
import type { Element } from '@xmldom/xmldom';
import { canonicalize } from './c14n';
import { CONTENT_TYPES_PART, NS_CT, NS_RELS } from './constants';
import {
  FORMAT_NAMES,
  PACKAGE_FORMATS,
  REL_OFFICE_DOCUMENT,
  allowedContentType,
  formatOfMainType,
  notAnOfficeFile,
  type PackageFormat,
} from './formats';
import { checkDistinctParts, partKey, partNameOfEntry } from './partNames';
import { SignatureError } from './types';
import { decodeXml, isElement, parseXml } from './xml';
import { readZip } from './zip';

export { partKey } from './partNames';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface OpcPart {
  /** "/xl/workbook.xml", as stored. */
  partName: string;
  data: Buffer;
  modified: Date;
}

export interface OpcPackage {
  /** A workbook or a Word document, by its main part. */
  format: PackageFormat;
  /** By part key (partKey), in the order stored; [Content_Types].xml included. */
  parts: Map<string, OpcPart>;
  defaults: Map<string, string>;
  overrides: Map<string, string>;
  /** Every relationships part, parsed: by the key of the .rels part. */
  relationships: Map<string, Relationship[]>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const PI_NODE = 7;

function invalid(message: string): never {
  throw new SignatureError('TEP_KHONG_HOP_LE', message);
}

/** Attributes other than namespace declarations, by name. */
function attributesOf(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (!a || a.name === 'xmlns' || a.prefix === 'xmlns') continue;
    out.set(a.name, a.value);
  }
  return out;
}

/** Children of the root: elements of the namespace, whitespace, comments; anything else refused. */
function onlyElements(root: Element, ns: string, partName: string) {
  const els: Element[] = [];
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && isElement(n)) {
      if (n.namespaceURI !== ns) invalid(`Phần "${partName}" có phần tử lạ <${n.nodeName}>.`);
      els.push(n);
    } else if (n.nodeType === TEXT_NODE) {
      if ((n.nodeValue ?? '').trim() !== '') invalid(`Phần "${partName}" có chữ lạ ngoài các phần tử.`);
    } else if (n.nodeType !== COMMENT_NODE && n.nodeType !== PI_NODE) {
      invalid(`Phần "${partName}" có nội dung lạ.`);
    }
  }
  return els;
}

function allowOnly(attrs: Map<string, string>, names: string[], where: string): void {
  for (const name of attrs.keys()) if (!names.includes(name)) invalid(`${where} có thuộc tính lạ "${name}".`);
}

function parseContentTypes(bytes: Buffer): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const root = parseXml(decodeXml(bytes), CONTENT_TYPES_PART).documentElement!;
  if (root.namespaceURI !== NS_CT || root.localName !== 'Types')
    invalid('Phần "[Content_Types].xml" không hợp lệ.');
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of onlyElements(root, NS_CT, CONTENT_TYPES_PART)) {
    const attrs = attributesOf(el);
    const contentType = attrs.get('ContentType') ?? '';
    if (el.localName === 'Default') {
      allowOnly(attrs, ['Extension', 'ContentType'], 'Khai báo kiểu nội dung');
      const ext = (attrs.get('Extension') ?? '').toLowerCase();
      if (!ext || !contentType) invalid('Phần "[Content_Types].xml" có khai báo Default thiếu thông tin.');
      if (defaults.has(ext)) invalid(`Phần "[Content_Types].xml" khai báo hai lần phần mở rộng "${ext}".`);
      defaults.set(ext, contentType);
    } else if (el.localName === 'Override') {
      allowOnly(attrs, ['PartName', 'ContentType'], 'Khai báo kiểu nội dung');
      const name = attrs.get('PartName') ?? '';
      if (!name.startsWith('/') || !contentType)
        invalid('Phần "[Content_Types].xml" có khai báo Override thiếu thông tin.');
      const key = partKey(name);
      if (overrides.has(key)) invalid(`Phần "[Content_Types].xml" khai báo hai lần phần "${name}".`);
      overrides.set(key, contentType);
    } else {
      invalid(`Phần "[Content_Types].xml" có phần tử lạ <${el.nodeName}>.`);
    }
  }
  return { defaults, overrides };
}

/**
 * Parses a relationships part strictly: only <Relationship> children with Id, Type, Target and TargetMode,
 * each Id once (a second element with the same Id would be skipped by the signature's transform yet seen
 * by a reader). Throws SignatureError otherwise.
 */
export function parseRelationships(bytes: Buffer, relsPartName: string): Relationship[] {
  const root = parseXml(decodeXml(bytes), relsPartName).documentElement!;
  if (root.namespaceURI !== NS_RELS || root.localName !== 'Relationships' || attributesOf(root).size > 0) {
    throw new SignatureError('XML_HONG', `Phần "${relsPartName}" không phải là phần quan hệ (.rels) hợp lệ.`);
  }
  const seen = new Set<string>();
  return onlyElements(root, NS_RELS, relsPartName).map((el) => {
    const where = `Quan hệ trong phần "${relsPartName}"`;
    if (el.localName !== 'Relationship') invalid(`Phần "${relsPartName}" có phần tử lạ <${el.nodeName}>.`);
    if (el.firstChild) invalid(`${where} có nội dung bên trong.`);
    const attrs = attributesOf(el);
    allowOnly(attrs, ['Id', 'Type', 'Target', 'TargetMode'], where);
    const id = attrs.get('Id') ?? '';
    const type = attrs.get('Type') ?? '';
    const target = attrs.get('Target') ?? '';
    const mode = attrs.get('TargetMode') ?? 'Internal';
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) invalid(`${where} có Id "${id}" không hợp lệ.`);
    if (seen.has(id)) invalid(`Phần "${relsPartName}" có hai quan hệ cùng Id "${id}".`);
    seen.add(id);
    if (!type || !target) invalid(`${where} "${id}" thiếu Type hoặc Target.`);
    if (mode !== 'Internal' && mode !== 'External') invalid(`${where} "${id}" có TargetMode "${mode}" lạ.`);
    return { id, type, target, external: mode === 'External' };
  });
}

export function isRelationshipsPart(partName: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/i.test(partName);
}

export interface ReadPackageOptions {
  /** The formats the caller takes (default both); a package of another is refused, saying which it is. */
  formats?: readonly PackageFormat[];
}

/** The format of the package: its one main part, of a content type TienDo knows. */
function formatOf(pkg: Omit<OpcPackage, 'format'>, wanted: readonly PackageFormat[]): PackageFormat {
  const names = wanted.map((f) => FORMAT_NAMES[f]).join(' hay ');
  const main = relationshipsOf(pkg, '/').filter((r) => REL_OFFICE_DOCUMENT.has(r.type) && !r.external);
  if (main.length !== 1)
    throw new SignatureError(
      'TEP_KHONG_HOP_LE',
      main.length === 0
        ? `Tệp không phải là ${names} hợp lệ: không có phần nội dung chính.`
        : `Tệp không phải là ${names} hợp lệ: có ${main.length} phần nội dung chính.`,
    );
  const target = resolveTarget('/', main[0]!);
  const format =
    target && pkg.parts.has(partKey(target)) ? formatOfMainType(contentTypeOf(pkg, target)) : null;
  if (!format) throw notAnOfficeFile('phần nội dung chính không phải là sổ tính hay văn bản.');
  if (!wanted.includes(format))
    throw new SignatureError('TEP_KHONG_HOP_LE', `Tệp là ${FORMAT_NAMES[format]}, không phải ${names}.`);
  for (const part of pkg.parts.values()) {
    if (part.partName === CONTENT_TYPES_PART) continue;
    const type = contentTypeOf(pkg, part.partName);
    if (type === null)
      throw new SignatureError(
        'TEP_KHONG_HOP_LE',
        `Phần "${part.partName}" không có kiểu nội dung trong [Content_Types].xml.`,
      );
    if (!allowedContentType(format, type))
      throw new SignatureError(
        'TEP_KHONG_HOP_LE',
        `${FORMAT_NAMES[format].replace(/^t/, 'T')} có phần "${part.partName}" (kiểu "${type}") không thuộc loại tệp này (macro, chương trình hay đối tượng nhúng, hoặc phần lạ); TienDo không đọc, không ký tệp như vậy. Hãy mở tệp bằng phần mềm văn phòng, xóa phần đó rồi lưu lại.`,
      );
  }
  return format;
}

export async function readPackage(bytes: Buffer, options: ReadPackageOptions = {}): Promise<OpcPackage> {
  const entries = (await readZip(bytes)).filter((e) => !e.directory);
  const names = entries.map((e) =>
    e.name === CONTENT_TYPES_PART.slice(1) ? CONTENT_TYPES_PART : partNameOfEntry(e.name),
  );
  const keys = checkDistinctParts(names);
  const parts = new Map<string, OpcPart>();
  entries.forEach((e, i) => parts.set(keys[i]!, { partName: names[i]!, data: e.data, modified: e.modified }));
  const ct = parts.get(partKey(CONTENT_TYPES_PART));
  if (!ct) throw notAnOfficeFile('không có phần "[Content_Types].xml".');
  const { defaults, overrides } = parseContentTypes(ct.data);
  const relationships = new Map<string, Relationship[]>();
  for (const [key, part] of parts) {
    if (isRelationshipsPart(part.partName))
      relationships.set(key, parseRelationships(part.data, part.partName));
  }
  const read = { parts, defaults, overrides, relationships };
  return { format: formatOf(read, options.formats ?? PACKAGE_FORMATS), ...read };
}

/** Part names of the package (not [Content_Types].xml), sorted. */
export function partNames(pkg: OpcPackage): string[] {
  return [...pkg.parts.values()]
    .map((p) => p.partName)
    .filter((n) => partKey(n) !== partKey(CONTENT_TYPES_PART))
    .sort();
}

export function hasPart(pkg: OpcPackage, partName: string): boolean {
  return pkg.parts.has(partKey(partName));
}

/** The name of the part as stored in the package (its own letter case), or null. */
export function storedPartName(pkg: OpcPackage, partName: string): string | null {
  return pkg.parts.get(partKey(partName))?.partName ?? null;
}

export function readPart(pkg: OpcPackage, partName: string): Buffer | null {
  return pkg.parts.get(partKey(partName))?.data ?? null;
}

/** The relationships of `sourcePartName` ("/" for the package), already parsed; [] if it has none. */
export function relationshipsOf(
  pkg: Pick<OpcPackage, 'relationships'>,
  sourcePartName: string,
): Relationship[] {
  return pkg.relationships.get(partKey(relationshipsPartOf(sourcePartName))) ?? [];
}

export function contentTypeOf(
  pkg: Pick<OpcPackage, 'overrides' | 'defaults'>,
  partName: string,
): string | null {
  const override = pkg.overrides.get(partKey(partName));
  if (override !== undefined) return override;
  const dot = partName.lastIndexOf('.');
  const slash = partName.lastIndexOf('/');
  if (dot <= slash) return null;
  return pkg.defaults.get(partName.slice(dot + 1).toLowerCase()) ?? null;
}

/** "/xl/_rels/workbook.xml.rels" -> "/xl/workbook.xml"; "/_rels/.rels" -> "/" (the package). */
export function sourceOfRelationshipsPart(relsPartName: string): string {
  const m = /^(.*)\/_rels\/([^/]*)\.rels$/i.exec(relsPartName);
  if (!m) return '/';
  const dir = m[1] ?? '';
  const file = m[2] ?? '';
  return file === '' ? dir + '/' : `${dir}/${file}`;
}

/** "/xl/workbook.xml" -> "/xl/_rels/workbook.xml.rels"; "/" -> "/_rels/.rels". */
export function relationshipsPartOf(sourcePartName: string): string {
  const slash = sourcePartName.lastIndexOf('/');
  return `${sourcePartName.slice(0, slash)}/_rels/${sourcePartName.slice(slash + 1)}.rels`;
}

/** The part an internal relationship of `sourcePartName` points to ("/" for the package), or null if external. */
export function resolveTarget(sourcePartName: string, rel: Relationship): string | null {
  if (rel.external) return null;
  let target = rel.target.replace(/[?#].*$/, '');
  try {
    target = decodeURIComponent(target);
  } catch {
    // keep it as written
  }
  const base = sourcePartName.slice(0, sourcePartName.lastIndexOf('/') + 1);
  const path = target.startsWith('/') ? target : base + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** Which relationships a RelationshipTransform keeps: by Id (RelationshipReference) or by Type (RelationshipsGroupReference). */
export interface RelationshipSelection {
  ids: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

/**
 * The OPC RelationshipTransform (ECMA-376 Part 2, 13.2.4.24) followed by inclusive C14N, done the way
 * Apache POI's RelationshipTransformService does it so both agree byte for byte: line breaks are dropped
 * from the part (POI's OOXMLURIDereferencer), every child of <Relationships> is removed, the selected
 * <Relationship> elements are put back sorted by Id with TargetMode="Internal" added where absent.
 * The part has been through parseRelationships (readPackage), so its children are relationships with
 * distinct Ids.
 */
export function transformRelationships(
  bytes: Buffer,
  relsPartName: string,
  select: RelationshipSelection,
): Buffer {
  const text = decodeXml(bytes).replace(/[\r\n]/g, '');
  const doc = parseXml(text, relsPartName);
  const root = doc.documentElement!;
  const kept = new Map<string, typeof root>();
  for (let n = root.lastChild; n;) {
    const prev = n.previousSibling;
    if (isElement(n) && n.namespaceURI === NS_RELS && n.localName === 'Relationship') {
      const id = n.getAttribute('Id') ?? '';
      if (select.ids.has(id) || select.types.has(n.getAttribute('Type') ?? '')) {
        if (!n.getAttribute('TargetMode')) n.setAttribute('TargetMode', 'Internal');
        kept.set(id, n);
      }
    }
    root.removeChild(n);
    n = prev;
  }
  for (const id of [...kept.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    root.appendChild(kept.get(id)!);
  return Buffer.from(canonicalize(root), 'utf8');
}
