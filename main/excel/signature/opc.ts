/** Reading an OPC package (.xlsx): parts, content types, relationships, and the OPC RelationshipTransform. */
import JSZip from 'jszip';
import { canonicalize } from './c14n';
import { CONTENT_TYPES_PART, NS_CT, NS_RELS } from './constants';
import { SignatureError } from './types';
import { childElements, decodeXml, isElement, parseXml } from './xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface OpcPackage {
  zip: JSZip;
  /** Part name ("/xl/workbook.xml") -> zip entry name ("xl/workbook.xml"), keyed by the lower-cased part name. */
  entries: Map<string, { partName: string; entryName: string }>;
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** OPC part names compare case-insensitively (ECMA-376 Part 2, 9.1.1.1.2). */
export function partKey(partName: string): string {
  return partName.toLowerCase();
}

export async function readPackage(bytes: Buffer): Promise<OpcPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SignatureError(
      'TEP_KHONG_HOP_LE',
      'Tệp không phải là tệp Excel (.xlsx) hợp lệ: không đọc được nội dung nén.',
    );
  }
  const entries = new Map<string, { partName: string; entryName: string }>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const partName = '/' + entry.name.replace(/^\/+/, '');
    const key = partKey(partName);
    if (entries.has(key)) {
      throw new SignatureError('TEP_KHONG_HOP_LE', `Tệp có hai phần trùng tên "${partName}".`);
    }
    entries.set(key, { partName, entryName: entry.name });
  }
  const ctEntry = entries.get(partKey(CONTENT_TYPES_PART));
  if (!ctEntry) throw new SignatureError('TEP_KHONG_HOP_LE', 'Tệp không có phần "[Content_Types].xml".');
  const ctBytes = await zip.file(ctEntry.entryName)!.async('nodebuffer');
  const root = parseXml(decodeXml(ctBytes), CONTENT_TYPES_PART).documentElement!;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of childElements(root, NS_CT)) {
    if (el.localName === 'Default') {
      defaults.set((el.getAttribute('Extension') ?? '').toLowerCase(), el.getAttribute('ContentType') ?? '');
    } else if (el.localName === 'Override') {
      overrides.set(partKey(el.getAttribute('PartName') ?? ''), el.getAttribute('ContentType') ?? '');
    }
  }
  return { zip, entries, defaults, overrides };
}

/** Part names of the package (not [Content_Types].xml), sorted. */
export function partNames(pkg: OpcPackage): string[] {
  return [...pkg.entries.values()]
    .map((e) => e.partName)
    .filter((n) => partKey(n) !== partKey(CONTENT_TYPES_PART))
    .sort();
}

export function hasPart(pkg: OpcPackage, partName: string): boolean {
  return pkg.entries.has(partKey(partName));
}

/** The name of the part as stored in the package (its own letter case), or null. */
export function storedPartName(pkg: OpcPackage, partName: string): string | null {
  return pkg.entries.get(partKey(partName))?.partName ?? null;
}

export async function readPart(pkg: OpcPackage, partName: string): Promise<Buffer | null> {
  const entry = pkg.entries.get(partKey(partName));
  if (!entry) return null;
  return pkg.zip.file(entry.entryName)!.async('nodebuffer');
}

export function contentTypeOf(pkg: OpcPackage, partName: string): string | null {
  const override = pkg.overrides.get(partKey(partName));
  if (override !== undefined) return override;
  const dot = partName.lastIndexOf('.');
  const slash = partName.lastIndexOf('/');
  if (dot <= slash) return null;
  return pkg.defaults.get(partName.slice(dot + 1).toLowerCase()) ?? null;
}

export function isRelationshipsPart(partName: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/i.test(partName);
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

/** Parses a relationships part; throws SignatureError if it is not one. */
export function parseRelationships(bytes: Buffer, relsPartName: string): Relationship[] {
  const root = parseXml(decodeXml(bytes), relsPartName).documentElement!;
  if (root.namespaceURI !== NS_RELS || root.localName !== 'Relationships') {
    throw new SignatureError('XML_HONG', `Phần "${relsPartName}" không phải là phần quan hệ (.rels) hợp lệ.`);
  }
  return childElements(root, NS_RELS, 'Relationship').map((el) => ({
    id: el.getAttribute('Id') ?? '',
    type: el.getAttribute('Type') ?? '',
    target: el.getAttribute('Target') ?? '',
    external: (el.getAttribute('TargetMode') ?? '') === 'External',
  }));
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
    if (isElement(n) && n.localName === 'Relationship') {
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
