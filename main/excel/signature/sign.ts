/** Signing an .xlsx with a standard OOXML package signature (XML-DSig + XAdES-BES), as Excel does. */
import {
  createHash,
  createPrivateKey,
  sign as rsaSign,
  verify as rsaVerify,
  type KeyObject,
} from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { canonicalize } from './c14n';
import { distinguishedName, parseCertificate, serialDecimal } from './certificate';
import {
  CONTENT_TYPES_PART,
  CT_RELATIONSHIPS,
  CT_SIGNATURE_ORIGIN,
  CT_SIGNATURE_XML,
  ID_OFFICE_OBJECT,
  ID_PACKAGE_OBJECT,
  ID_SIGNED_PROPERTIES,
  NS_CT,
  NS_RELS,
  ORIGIN_PART,
  ORIGIN_RELS_PART,
  REL_SIGNATURE,
  REL_SIGNATURE_ORIGIN,
  ROOT_RELS_PART,
  SIGNATURE_PART,
} from './constants';
import {
  type OpcPackage,
  contentTypeOf,
  hasPart,
  isRelationshipsPart,
  partKey,
  partNames,
  readPackage,
  readPart,
  transformRelationships,
} from './opc';
import { isExemptRelationship, signatureLayout } from './policy';
import { type ManifestEntry, PLACEHOLDER, buildSignatureXml } from './signature-xml';
import { type SigningKey, SignatureError } from './types';
import { decodeXml, parseXml } from './xml';
import { type ZipPart, writeZip } from './zipWriter';

export interface SignOptions {
  signingTime: Date;
  /** Shown as the purpose of the signature, e.g. "Phê duyệt báo cáo". */
  purpose?: string;
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('base64');

/** Percent-encodes what may not stand in a URI path (part names are URIs; ASCII names pass unchanged). */
function uriPath(partName: string): string {
  return partName.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export function isoSeconds(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new SignatureError('THOI_GIAN_SAI', 'Thời điểm ký không hợp lệ.');
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One manifest reference per part, .rels parts through the RelationshipTransform; sorted by URI like POI. */
function buildManifest(pkg: OpcPackage, exempt: ReadonlySet<string>): ManifestEntry[] {
  const manifest: ManifestEntry[] = [];
  for (const name of partNames(pkg)) {
    if (exempt.has(partKey(name))) continue;
    const bytes = readPart(pkg, name)!;
    const contentType = contentTypeOf(pkg, name);
    if (!contentType) {
      throw new SignatureError(
        'TEP_KHONG_HOP_LE',
        `Phần "${name}" không có kiểu nội dung trong [Content_Types].xml.`,
      );
    }
    if (isRelationshipsPart(name)) {
      if (contentType !== CT_RELATIONSHIPS) {
        throw new SignatureError(
          'TEP_KHONG_HOP_LE',
          `Phần "${name}" không có kiểu nội dung của phần quan hệ.`,
        );
      }
      // Ids are distinct: readPackage refuses a relationships part that repeats one.
      const ids = (pkg.relationships.get(partKey(name)) ?? [])
        .filter((rel) => !isExemptRelationship(name, rel))
        .map((rel) => rel.id);
      if (ids.length === 0) continue;
      const digest = sha256(transformRelationships(bytes, name, { ids: new Set(ids), types: new Set() }));
      manifest.push({
        uri: `${uriPath(name)}?ContentType=${CT_RELATIONSHIPS}`,
        digest,
        relationshipIds: ids,
      });
    } else {
      manifest.push({ uri: `${uriPath(name)}?ContentType=${contentType}`, digest: sha256(bytes) });
    }
  }
  return manifest.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function elementById(doc: Document, id: string): Element {
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    if (el?.getAttribute('Id') === id) return el;
  }
  throw new Error(`element #${id} missing`);
}

/** Fills the reference digests and the SignatureValue into the signature text. */
async function completeSignature(text: string, signer: PackageSigner): Promise<string> {
  const doc = parseXml(text, SIGNATURE_PART);
  const digestOf = (id: string): string => sha256(canonicalize(elementById(doc, id)));
  // Each placeholder's first occurrence is in SignedInfo, which comes before any text taken from the
  // certificate or the purpose, so replacing the first occurrence is safe.
  const pkgDigest = digestOf(ID_PACKAGE_OBJECT);
  const officeDigest = digestOf(ID_OFFICE_OBJECT);
  const propsDigest = digestOf(ID_SIGNED_PROPERTIES);
  const filled = text
    .replace(PLACEHOLDER.packageObject, () => pkgDigest)
    .replace(PLACEHOLDER.officeObject, () => officeDigest)
    .replace(PLACEHOLDER.signedProperties, () => propsDigest);
  const signedInfo = parseXml(filled, SIGNATURE_PART).getElementsByTagName('SignedInfo').item(0)!;
  const data = Buffer.from(canonicalize(signedInfo), 'utf8');
  const signature = await signer.sign(data);
  checkSignatureValue(signer, data, signature);
  const value = signature.toString('base64');
  return filled.replace(PLACEHOLDER.signatureValue, () => value);
}

/** The text of an XML part, re-declared as UTF-8 (it is written back as UTF-8). */
function utf8Text(bytes: Buffer): string {
  return decodeXml(bytes).replace(/^(<\?xml[^>]*encoding=["'])[^"']*/, '$1UTF-8');
}

/** Inserts `fragment` before the closing tag of the root element `rootName` (any prefix). */
function insertBeforeRootEnd(xml: string, rootName: string, fragment: (prefix: string) => string): string {
  const re = new RegExp(`</((?:[A-Za-z_][\\w.-]*:)?)${rootName}\\s*>\\s*$`);
  const m = re.exec(xml);
  if (!m) throw new SignatureError('TEP_KHONG_HOP_LE', `Không sửa được phần có gốc <${rootName}>.`);
  return xml.slice(0, m.index) + fragment(m[1] ?? '') + xml.slice(m.index);
}

function addOriginRelationship(pkg: OpcPackage): string {
  const bytes = readPart(pkg, ROOT_RELS_PART);
  if (!bytes) {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}">` +
      `<Relationship Id="rId1" Type="${REL_SIGNATURE_ORIGIN}" Target="_xmlsignatures/origin.sigs"/></Relationships>`
    );
  }
  const ids = new Set((pkg.relationships.get(partKey(ROOT_RELS_PART)) ?? []).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  return insertBeforeRootEnd(
    utf8Text(bytes),
    'Relationships',
    (p) =>
      `<${p}Relationship Id="rId${n}" Type="${REL_SIGNATURE_ORIGIN}" Target="_xmlsignatures/origin.sigs"/>`,
  );
}

function addContentTypes(pkg: OpcPackage): string {
  const bytes = readPart(pkg, CONTENT_TYPES_PART)!;
  const root = parseXml(decodeXml(bytes), CONTENT_TYPES_PART).documentElement!;
  if (root.namespaceURI !== NS_CT) {
    throw new SignatureError('TEP_KHONG_HOP_LE', 'Phần "[Content_Types].xml" không hợp lệ.');
  }
  return insertBeforeRootEnd(utf8Text(bytes), 'Types', (p) => {
    let add = '';
    if (!pkg.defaults.has('sigs'))
      add += `<${p}Default Extension="sigs" ContentType="${CT_SIGNATURE_ORIGIN}"/>`;
    if (!pkg.defaults.has('rels')) add += `<${p}Default Extension="rels" ContentType="${CT_RELATIONSHIPS}"/>`;
    add += `<${p}Override PartName="${SIGNATURE_PART}" ContentType="${CT_SIGNATURE_XML}"/>`;
    return add;
  });
}

/**
 * Whatever holds the private key: a key in memory (keySigner), or a token that signs inside itself
 * (main/signing/pkcs11). `sign` returns RSASSA-PKCS1-v1_5 with SHA-256 over `data` (RSA-SHA256).
 */
export interface PackageSigner {
  certificatePem: string;
  chainPem: string[];
  sign(data: Buffer): Promise<Buffer>;
}

/**
 * A token can answer with anything (a key that is not the certificate's, a signature of another
 * mechanism): the value is checked against the certificate before a file is written with it.
 */
function checkSignatureValue(signer: PackageSigner, data: Buffer, signature: Buffer): void {
  let ok = false;
  try {
    ok =
      signature.length > 0 &&
      rsaVerify('sha256', data, parseCertificate(signer.certificatePem).publicKey, signature);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new SignatureError(
      'CHU_KY_KHONG_KHOP',
      'Chữ ký do thiết bị ký số tạo ra không khớp với chứng thư số đã chọn: khóa bí mật trên thiết bị không phải khóa của chứng thư này. Hãy chọn đúng chứng thư số.',
    );
}

function checkKey(key: SigningKey): KeyObject {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key.privateKeyPem);
  } catch {
    throw new SignatureError('KHOA_HONG', 'Khóa bí mật không đọc được.');
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new SignatureError('KHONG_HO_TRO_KHOA', 'Chỉ hỗ trợ ký bằng khóa RSA.');
  }
  if (!parseCertificate(key.certificatePem).checkPrivateKey(privateKey)) {
    throw new SignatureError('KHOA_KHONG_KHOP', 'Khóa bí mật không khớp với chứng thư số.');
  }
  return privateKey;
}

/** A signer over a private key held in memory (a PKCS#12 file, the app's own identity). */
export function keySigner(key: SigningKey): PackageSigner {
  const privateKey = checkKey(key);
  return {
    certificatePem: key.certificatePem,
    chainPem: key.chainPem,
    sign: (data) => Promise.resolve(rsaSign('sha256', data, privateKey)),
  };
}

const isKey = (k: SigningKey | PackageSigner): k is SigningKey => 'privateKeyPem' in k;

/** Returns a copy of the .xlsx carrying a package signature; the original parts keep their bytes. */
export async function signPackage(
  xlsx: Buffer,
  keyOrSigner: SigningKey | PackageSigner,
  opts: SignOptions,
): Promise<Buffer> {
  const signer = isKey(keyOrSigner) ? keySigner(keyOrSigner) : keyOrSigner;
  const cert = parseCertificate(signer.certificatePem);
  const signingTime = isoSeconds(opts.signingTime);
  const pkg = await readPackage(xlsx);
  const layout = signatureLayout(pkg);
  if (layout.signatureParts.length > 0) throw new SignatureError('DA_KY', 'Tệp đã được ký.');
  if (
    layout.originParts.length > 0 ||
    partNames(pkg).some((n) => n.toLowerCase().startsWith('/_xmlsignatures/'))
  ) {
    throw new SignatureError(
      'CON_CHU_KY_CU',
      'Tệp còn sót phần chữ ký cũ (thư mục _xmlsignatures); hãy lưu lại tệp bằng Excel rồi ký lại.',
    );
  }

  const manifest = buildManifest(pkg, layout.exemptParts);
  const template = buildSignatureXml(
    {
      manifest,
      signingTime,
      // line breaks as the XML parser will read them, so the written bytes are the canonical ones
      ...(opts.purpose ? { purpose: opts.purpose.replace(/\r\n?/g, '\n') } : {}),
      certificateDer: cert.raw,
      chainDer: signer.chainPem.map((pem) => parseCertificate(pem).raw),
      issuerName: distinguishedName(cert.issuer),
      serialNumberDecimal: serialDecimal(cert),
    },
    sha256(cert.raw),
  );
  const signatureXml = await completeSignature(template, signer);

  const rootRels = addOriginRelationship(pkg);
  const contentTypes = addContentTypes(pkg);
  const date = opts.signingTime;
  // The package as read, part for part in its order (folders left out: OPC has none), then the new parts.
  const parts: ZipPart[] = [];
  const put = (name: string, data: string | Buffer, modified: Date): void => {
    parts.push({ name: name.slice(1), data, modified });
  };
  for (const part of pkg.parts.values()) {
    const key = partKey(part.partName);
    if (key === partKey(CONTENT_TYPES_PART)) put(CONTENT_TYPES_PART, contentTypes, date);
    else if (key === partKey(ROOT_RELS_PART)) put(ROOT_RELS_PART, rootRels, date);
    else put(part.partName, part.data, part.modified);
  }
  if (!hasPart(pkg, ROOT_RELS_PART)) put(ROOT_RELS_PART, rootRels, date);
  put(ORIGIN_PART, '', date);
  put(
    ORIGIN_RELS_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}">` +
      `<Relationship Id="rId1" Type="${REL_SIGNATURE}" Target="sig1.xml"/></Relationships>`,
    date,
  );
  put(SIGNATURE_PART, signatureXml, date);
  return writeZip(parts);
}
