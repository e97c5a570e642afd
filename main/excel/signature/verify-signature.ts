/**
 * Core validation of one signature part: SignatureValue over the canonical SignedInfo, the digests of the
 * SignedInfo references (same-document "#id" only), the XAdES signing-certificate binding and signing time.
 * Returns the Manifests that are actually covered by the signature, for the package-level checks.
 */
import { createHash, verify as rsaVerify, type X509Certificate } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { CANONICALIZATIONS, canonicalize } from './c14n';
import { parseCertificate, serialDecimal } from './certificate';
import { ALG_C14N, DIGESTS, NS_DS, NS_XADES, SIGNATURE_METHODS, WEAK_ALGORITHMS } from './constants';
import { type VerifyProblem, SignatureError } from './types';
import { childElements, descendants, firstChild, isElement, parseXml, textOf } from './xml';

export interface SignatureCheck {
  /** Problems of the signature itself (they make signatureValid false). */
  problems: VerifyProblem[];
  certificate: X509Certificate | null;
  /** The other certificates KeyInfo carries (the signer's chain, as the signer sent it: hints, not trust). */
  chain: X509Certificate[];
  signingTime: string | null;
  /** ds:Manifest elements inside elements whose SignedInfo reference verified. */
  manifests: Element[];
  /** The signature has a Manifest, but not one that verified (the package object was altered). */
  manifestAltered: boolean;
}

/** node:crypto digest name for a DigestMethod, or a problem. */
export function digestName(algorithm: string, where: string): { name: string } | { problem: VerifyProblem } {
  const name = DIGESTS.get(algorithm);
  if (name) return { name };
  if (WEAK_ALGORITHMS.has(algorithm)) {
    return {
      problem: {
        code: 'THUAT_TOAN_YEU',
        message: `Chữ ký dùng thuật toán băm SHA-1 đã lỗi thời (${where}), không được chấp nhận.`,
      },
    };
  }
  return {
    problem: {
      code: 'THUAT_TOAN_KHONG_HO_TRO',
      message: `Chữ ký dùng thuật toán chưa được hỗ trợ: "${algorithm || '(trống)'}" (${where}).`,
    },
  };
}

export function digestBase64(name: string, data: Buffer | string): string {
  return createHash(name).update(data).digest('base64');
}

/** Base64 values compare after removing whitespace (Java writes line breaks into them). */
export function sameBase64(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

const MAX_SIGNED_INFO_REFERENCES = 16;

/** Elements by Id; an Id used twice makes the signature ambiguous (signature-wrapping) and is refused. */
function indexIds(doc: Document, partName: string): Map<string, Element> {
  const ids = new Map<string, Element>();
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    const id = el?.getAttribute('Id');
    if (!el || !id) continue;
    if (ids.has(id)) {
      throw new SignatureError(
        'CHU_KY_HONG',
        `Phần chữ ký "${partName}" bị hỏng: Id "${id}" bị dùng hai lần.`,
      );
    }
    ids.set(id, el);
  }
  return ids;
}

function isWithin(el: Element, ancestor: Element): boolean {
  for (let n: Element | null = el; n; n = isElement(n.parentNode) ? n.parentNode : null)
    if (n === ancestor) return true;
  return false;
}

function transformAlgorithms(ref: Element): string[] {
  const transforms = firstChild(ref, NS_DS, 'Transforms');
  return transforms
    ? childElements(transforms, NS_DS, 'Transform').map((t) => t.getAttribute('Algorithm') ?? '')
    : [];
}

function checkSignatureValue(
  signature: Element,
  signedInfo: Element,
  cert: X509Certificate,
  problems: VerifyProblem[],
): void {
  const c14nAlg = firstChild(signedInfo, NS_DS, 'CanonicalizationMethod')?.getAttribute('Algorithm') ?? '';
  const sigAlg = firstChild(signedInfo, NS_DS, 'SignatureMethod')?.getAttribute('Algorithm') ?? '';
  if (!CANONICALIZATIONS.has(c14nAlg)) {
    problems.push({
      code: 'THUAT_TOAN_KHONG_HO_TRO',
      message: `Chữ ký dùng cách chuẩn hóa XML chưa hỗ trợ: "${c14nAlg}".`,
    });
    return;
  }
  const hash = SIGNATURE_METHODS.get(sigAlg);
  if (!hash) {
    const p = digestName(sigAlg, 'SignatureMethod');
    problems.push('problem' in p ? p.problem : { code: 'THUAT_TOAN_KHONG_HO_TRO', message: sigAlg });
    return;
  }
  if (cert.publicKey.asymmetricKeyType !== 'rsa') {
    problems.push({ code: 'THUAT_TOAN_KHONG_HO_TRO', message: 'Chỉ hỗ trợ chữ ký bằng khóa RSA.' });
    return;
  }
  const value = Buffer.from(
    textOf(firstChild(signature, NS_DS, 'SignatureValue')).replace(/\s+/g, ''),
    'base64',
  );
  const data = Buffer.from(canonicalize(signedInfo, c14nAlg, true), 'utf8');
  let ok = false;
  try {
    ok = value.length > 0 && rsaVerify(hash, data, cert.publicKey, value);
  } catch {
    ok = false;
  }
  if (!ok) {
    problems.push({
      code: 'CHU_KY_SAI',
      message: 'Giá trị chữ ký không khớp: chữ ký đã bị sửa hoặc bị hỏng.',
    });
  }
}

/** Digests of the SignedInfo references; returns the elements they cover (only the ones that verified). */
function checkSignedInfoReferences(
  signedInfo: Element,
  ids: Map<string, Element>,
  partName: string,
  problems: VerifyProblem[],
): Element[] {
  const covered: Element[] = [];
  const refs = childElements(signedInfo, NS_DS, 'Reference');
  if (refs.length === 0) {
    problems.push({
      code: 'CHU_KY_HONG',
      message: `Phần chữ ký "${partName}" không có tham chiếu nào.`,
      part: partName,
    });
  }
  // Office and TienDo sign three or four elements; many references (or one element twice) would only
  // make the verifier canonicalize the same large element over and over.
  if (refs.length > MAX_SIGNED_INFO_REFERENCES) {
    problems.push({
      code: 'CHU_KY_HONG',
      message: `Phần chữ ký "${partName}" có ${refs.length} tham chiếu, quá ${MAX_SIGNED_INFO_REFERENCES}.`,
      part: partName,
    });
    return covered;
  }
  const seenUris = new Set<string>();
  for (const ref of refs) {
    const uri = ref.getAttribute('URI') ?? '';
    if (seenUris.has(uri)) {
      problems.push({
        code: 'CHU_KY_HONG',
        message: `Phần chữ ký "${partName}" tham chiếu "${uri}" hơn một lần.`,
        part: partName,
      });
      continue;
    }
    seenUris.add(uri);
    const target = uri.startsWith('#') ? ids.get(uri.slice(1)) : undefined;
    if (!target) {
      problems.push({
        code: 'CHU_KY_HONG',
        message: `Phần chữ ký "${partName}" có tham chiếu "${uri}" không trỏ tới phần tử nào trong chữ ký.`,
        part: partName,
      });
      continue;
    }
    const transforms = transformAlgorithms(ref);
    if (transforms.length > 1 || transforms.some((t) => !CANONICALIZATIONS.has(t))) {
      problems.push({
        code: 'THUAT_TOAN_KHONG_HO_TRO',
        message: `Tham chiếu "${uri}" của chữ ký dùng phép biến đổi chưa hỗ trợ.`,
        part: partName,
      });
      continue;
    }
    const digest = digestName(firstChild(ref, NS_DS, 'DigestMethod')?.getAttribute('Algorithm') ?? '', uri);
    if ('problem' in digest) {
      problems.push({ ...digest.problem, part: partName });
      continue;
    }
    const actual = digestBase64(digest.name, canonicalize(target, transforms[0] ?? ALG_C14N));
    if (!sameBase64(actual, textOf(firstChild(ref, NS_DS, 'DigestValue')))) {
      problems.push({
        code: 'CHU_KY_BI_SUA',
        message: `Phần chữ ký "${partName}" đã bị sửa sau khi ký: mục "${uri}" không khớp giá trị băm.`,
        part: partName,
      });
      continue;
    }
    covered.push(target);
  }
  return covered;
}

/** XAdES: the SigningCertificate must be the KeyInfo certificate; SigningTime gives the signing time. */
function checkXades(
  covered: Element[],
  cert: X509Certificate | null,
  problems: VerifyProblem[],
): string | null {
  const signedProps = covered.find(
    (el) => el.namespaceURI === NS_XADES && el.localName === 'SignedProperties',
  );
  if (!signedProps) {
    problems.push({
      code: 'THIEU_THUOC_TINH_KY',
      message:
        'Chữ ký thiếu thuộc tính ký XAdES (thời điểm ký, chứng thư số người ký) hoặc thuộc tính đó không được ký.',
    });
    return null;
  }
  const timeText = textOf(descendants(signedProps, NS_XADES, 'SigningTime')[0] ?? null);
  const time = new Date(timeText);
  const signingTime = timeText && !Number.isNaN(time.getTime()) ? time.toISOString() : null;
  if (!signingTime) {
    problems.push({
      code: 'THIEU_THUOC_TINH_KY',
      message: 'Chữ ký không ghi thời điểm ký hợp lệ (XAdES SigningTime).',
    });
  }
  if (!cert) return signingTime;

  const certEl = descendants(signedProps, NS_XADES, 'Cert')[0] ?? null;
  const certDigest = certEl ? firstChild(certEl, NS_XADES, 'CertDigest') : null;
  let matches = false;
  if (certEl && certDigest) {
    const digest = digestName(
      firstChild(certDigest, NS_DS, 'DigestMethod')?.getAttribute('Algorithm') ?? '',
      'CertDigest',
    );
    if ('problem' in digest) {
      problems.push(digest.problem);
      return signingTime;
    }
    const serial = textOf(descendants(certEl, NS_DS, 'X509SerialNumber')[0] ?? null);
    matches =
      sameBase64(digestBase64(digest.name, cert.raw), textOf(firstChild(certDigest, NS_DS, 'DigestValue'))) &&
      (serial === '' || serial === serialDecimal(cert));
  }
  if (!matches) {
    problems.push({
      code: 'CHUNG_THU_KHONG_KHOP',
      message:
        'Chứng thư số kèm theo chữ ký không khớp với chứng thư số đã khai báo khi ký (XAdES SigningCertificate).',
    });
  }
  // Whether the certificate was valid at signingTime is the package check's business (verify.ts): an
  // expired certificate is not a broken signature and is reported in its own words.
  return signingTime;
}

export function checkSignature(xml: string, partName: string): SignatureCheck {
  const problems: VerifyProblem[] = [];
  const broken = (detail: string): SignatureCheck => ({
    problems: [
      { code: 'CHU_KY_HONG', message: `Phần chữ ký "${partName}" bị hỏng: ${detail}.`, part: partName },
    ],
    certificate: null,
    chain: [],
    signingTime: null,
    manifests: [],
    manifestAltered: false,
  });
  let doc: Document;
  let ids: Map<string, Element>;
  try {
    doc = parseXml(xml, partName);
    ids = indexIds(doc, partName);
  } catch (e) {
    if (e instanceof SignatureError)
      return { ...broken(''), problems: [{ code: 'CHU_KY_HONG', message: e.message, part: partName }] };
    throw e;
  }
  const signature = doc.documentElement!;
  if (signature.namespaceURI !== NS_DS || signature.localName !== 'Signature')
    return broken('không có phần tử Signature');
  const signedInfo = firstChild(signature, NS_DS, 'SignedInfo');
  if (!signedInfo) return broken('không có SignedInfo');

  const keyInfo = firstChild(signature, NS_DS, 'KeyInfo');
  const certTexts = keyInfo ? descendants(keyInfo, NS_DS, 'X509Certificate').map((el) => textOf(el)) : [];
  const readCert = (text: string): X509Certificate | null => {
    try {
      return parseCertificate(Buffer.from(text.replace(/\s+/g, ''), 'base64'));
    } catch {
      return null;
    }
  };
  const certificate = certTexts[0] ? readCert(certTexts[0]) : null;
  // At most a few: a chain is two or three certificates, and each is tried as an issuer.
  const chain = certTexts
    .slice(1, 8)
    .map(readCert)
    .filter((c): c is X509Certificate => c !== null);
  if (!certificate) {
    problems.push({
      code: 'THIEU_CHUNG_THU',
      message: 'Chữ ký không kèm chứng thư số đọc được của người ký.',
      part: partName,
    });
  } else {
    checkSignatureValue(signature, signedInfo, certificate, problems);
  }

  const covered = checkSignedInfoReferences(signedInfo, ids, partName, problems);
  const signingTime = checkXades(covered, certificate, problems);
  const allManifests = descendants(signature, NS_DS, 'Manifest');
  const manifests = allManifests.filter((m) => covered.some((c) => isWithin(m, c)));
  const manifestAltered = manifests.length === 0 && allManifests.length > 0;
  if (manifests.length === 0 && !manifestAltered) {
    problems.push({
      code: 'THIEU_DANH_SACH',
      message: 'Chữ ký không có danh sách các phần được ký (Manifest) hoặc danh sách đó không được ký.',
      part: partName,
    });
  }
  return { problems, certificate, chain, signingTime, manifests, manifestAltered };
}
