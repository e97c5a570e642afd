/**
 * One reading of a package for everyone who looks at it: the verdict on its signature, and the embedded
 * parts it carries (the report's figures, a meeting document) taken from the same bytes the signature was
 * checked against, and only from a part a signed relationship of /_rels/.rels leads to. A signed file whose
 * signature does not hold gives no embedded part at all; an unsigned file gives its parts marked unsigned.
 */
import { CT_CORE_PROPERTIES, REL_CORE_PROPERTIES, ROOT_RELS_PART } from './constants';
import { type OpcPackage, contentTypeOf, partKey, readPackage, resolveTarget } from './opc';
import { SignatureError, type VerifyResult } from './types';
import { type Coverage, type VerifyOptions, unreadable, verifyOpened } from './verify';
import { decodeXml, descendants, parseXml, textOf } from './xml';

export type EmbeddedPartRead =
  /** From a part the signature covers, reached by a relationship it covers, in a file it vouches for. */
  | { status: 'signed'; partName: string; bytes: Buffer }
  /** The file carries no signature: nobody vouches for these bytes. */
  | { status: 'unsigned'; partName: string; bytes: Buffer }
  | { status: 'absent' }
  /** Vietnamese, says why nothing is read. */
  | { status: 'refused'; message: string };

/** docProps/core.xml: written by whoever saved the file last, never covered by a package signature. */
export interface CoreProperties {
  title: string | null;
  creator: string | null;
}

export interface VerifiedPackage {
  result: VerifyResult;
  /**
   * The signer's certificate then the other certificates its signature carries (DER), as read: what a
   * reader keeps to judge the signer again later against a trust list that has changed. Empty when unsigned.
   */
  signerCertificates: Buffer[];
  embeddedPart(relationshipType: string): EmbeddedPartRead;
  /** null when the file has none or they do not read. */
  coreProperties: CoreProperties | null;
}

const NS_DC = 'http://purl.org/dc/elements/1.1/';

function isCovered(coverage: Coverage, relsKey: string, id: string, type: string): boolean {
  return !!(
    coverage.relationshipIds.get(relsKey)?.has(id) || coverage.relationshipTypes.get(relsKey)?.has(type)
  );
}

function embeddedPart(
  pkg: OpcPackage,
  result: VerifyResult,
  coverage: Coverage,
  type: string,
): EmbeddedPartRead {
  const refused = (message: string): EmbeddedPartRead => ({ status: 'refused', message });
  const rootRels = partKey(ROOT_RELS_PART);
  const rels = (pkg.relationships.get(rootRels) ?? []).filter((r) => r.type === type);
  if (rels.length === 0) return { status: 'absent' };
  if (rels.length > 1)
    return refused(
      `Tệp có ${rels.length} quan hệ cùng dẫn tới dữ liệu kèm theo; không rõ phải đọc phần nào.`,
    );
  const rel = rels[0]!;
  const target = resolveTarget('/', rel);
  const part = target === null ? undefined : pkg.parts.get(partKey(target));
  if (target === null || !part)
    return refused('Quan hệ dẫn tới dữ liệu kèm theo không trỏ tới phần nào trong tệp.');
  if (!result.signed) return { status: 'unsigned', partName: part.partName, bytes: part.data };
  if (!result.valid)
    return refused('Chữ ký số của tệp không hợp lệ, nên dữ liệu kèm theo trong tệp không được đọc.');
  if (!isCovered(coverage, rootRels, rel.id, rel.type) || !coverage.parts.has(partKey(target)))
    return refused('Dữ liệu kèm theo không được chữ ký số bảo vệ, nên không được đọc.');
  return { status: 'signed', partName: part.partName, bytes: part.data };
}

function coreProperties(pkg: OpcPackage): CoreProperties | null {
  const rels = (pkg.relationships.get(partKey(ROOT_RELS_PART)) ?? []).filter((r) =>
    REL_CORE_PROPERTIES.has(r.type),
  );
  const target = rels.length === 1 ? resolveTarget('/', rels[0]!) : null;
  const part = target === null ? undefined : pkg.parts.get(partKey(target));
  if (!part || contentTypeOf(pkg, part.partName) !== CT_CORE_PROPERTIES) return null;
  try {
    const root = parseXml(decodeXml(part.data), part.partName).documentElement!;
    const field = (name: string) => {
      const el = descendants(root, NS_DC, name)[0];
      return el ? textOf(el) : null;
    };
    return { title: field('title'), creator: field('creator') };
  } catch (error) {
    if (error instanceof SignatureError) return null;
    throw error;
  }
}

export async function openVerifiedPackage(
  bytes: Buffer,
  options: VerifyOptions = {},
): Promise<VerifiedPackage> {
  let pkg: OpcPackage;
  try {
    pkg = await readPackage(bytes);
  } catch (error) {
    if (!(error instanceof SignatureError)) throw error;
    return {
      result: unreadable(error),
      signerCertificates: [],
      embeddedPart: () => ({ status: 'refused', message: error.message }),
      coreProperties: null,
    };
  }
  const { result, coverage, certificates } = verifyOpened(pkg, options);
  return {
    result,
    signerCertificates: certificates.map((c) => Buffer.from(c.raw)),
    embeddedPart: (type) => embeddedPart(pkg, result, coverage, type),
    coreProperties: coreProperties(pkg),
  };
}

export async function verifyPackage(bytes: Buffer, options: VerifyOptions = {}): Promise<VerifyResult> {
  return (await openVerifiedPackage(bytes, options)).result;
}
