/**
 * Strict verification of the package signatures of an .xlsx: each signature must verify, each manifest
 * reference must match the package (bytes, relationships, content type), every part and relationship that
 * is not allowed to change (see policy.ts) must be covered by the manifest, and no covered relationship may
 * lead to a part the signature does not cover. The package is read once (opc.ts); what the signature vouches
 * for is kept (Coverage) so the readers of embedded parts take only what it covers (verified.ts).
 */
import { describePart } from './partWords';
import type { Element } from '@xmldom/xmldom';
import type { X509Certificate } from 'node:crypto';
import { certificateProblem, certificateStatusAt, describeX509, localDate } from './certificate';
import { EMPTY_TRUST, evaluateChain, type Revocations, type TrustAnchor } from './chain';
import { documentSigningProblem, certificateFacts } from './extensions';
import { ALG_C14N, ALG_RELATIONSHIP_TRANSFORM, CT_SIGNATURE_XML, NS_DS, NS_MDSSI } from './constants';
import {
  type OpcPackage,
  contentTypeOf,
  isRelationshipsPart,
  partKey,
  partNames,
  readPart,
  resolveTarget,
  sourceOfRelationshipsPart,
  storedPartName,
  transformRelationships,
} from './opc';
import { type SignatureLayout, isExemptRelationship, signatureLayout } from './policy';
import {
  type CertificateStatus,
  type SignerTrust,
  type TrustedSigner,
  type VerifyProblem,
  type VerifyResult,
  SignatureError,
} from './types';
import { checkSignature, digestBase64, digestName, sameBase64 } from './verify-signature';
import { childElements, decodeXml, firstChild, textOf } from './xml';

export interface VerifyOptions {
  /** Signers the reader already trusts: the trust list, this machine's own signing identities. */
  trusted?: readonly TrustedSigner[];
  /** CA certificates the reader imported: a certificate that chains to one is trusted. */
  authorities?: readonly TrustAnchor[];
  /** Revocation lists the reader imported. */
  revocations?: Revocations;
  /** For the notes only (a certificate expired since signing); defaults to the clock. */
  now?: Date;
}

/**
 * What the manifests list: whole parts (by bytes) and, per .rels part, the relationships selected. Whether
 * they still match is in the problems; a reader takes anything only from a file that is valid as a whole.
 */
export interface Coverage {
  parts: Set<string>;
  relationshipIds: Map<string, Set<string>>;
  relationshipTypes: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, values: Iterable<string>): void {
  const set = map.get(key) ?? new Set<string>();
  for (const v of values) set.add(v);
  map.set(key, set);
}

/** "/xl/a.xml?ContentType=…" -> the part name as written (still percent-encoded) and the content type. */
function parseReferenceUri(uri: string): { partName: string; contentType: string | null } | null {
  if (!uri.startsWith('/')) return null;
  const q = uri.indexOf('?');
  const partName = q < 0 ? uri : uri.slice(0, q);
  const query = q < 0 ? '' : uri.slice(q + 1);
  let contentType: string | null = null;
  for (const param of query.split('&')) {
    if (param.startsWith('ContentType=')) contentType = param.slice('ContentType='.length);
  }
  return { partName, contentType };
}

/** Checks one manifest reference against the package and records what it covers. */
function checkManifestReference(
  pkg: OpcPackage,
  ref: Element,
  coverage: Coverage,
  content: VerifyProblem[],
  signature: VerifyProblem[],
): void {
  const uri = ref.getAttribute('URI') ?? '';
  const parsed = parseReferenceUri(uri);
  if (!parsed) {
    signature.push({
      code: 'CHU_KY_HONG',
      message: `Danh sách ký có tham chiếu "${uri}" không phải là một phần của tệp.`,
    });
    return;
  }
  const stored = storedPartName(pkg, parsed.partName);
  const name = stored ?? parsed.partName;
  if (!stored) {
    content.push({
      code: 'PHAN_BI_XOA',
      message: `${describePart(pkg, name)} đã bị xóa khỏi tệp sau khi ký.`,
      part: name,
    });
    return;
  }
  const actualType = contentTypeOf(pkg, name);
  if (parsed.contentType === null || parsed.contentType !== actualType) {
    content.push({
      code: 'SAI_KIEU_NOI_DUNG',
      message: `Kiểu nội dung của phần "${name}" không khớp với lúc ký (lúc ký: "${parsed.contentType ?? '(không ghi)'}", bây giờ: "${actualType ?? '(không có)'}").`,
      part: name,
    });
  }
  const digest = digestName(firstChild(ref, NS_DS, 'DigestMethod')?.getAttribute('Algorithm') ?? '', name);
  if ('problem' in digest) {
    signature.push({ ...digest.problem, part: name });
    return;
  }
  const transformsEl = firstChild(ref, NS_DS, 'Transforms');
  const transforms = transformsEl ? childElements(transformsEl, NS_DS, 'Transform') : [];
  const algorithms = transforms.map((t) => t.getAttribute('Algorithm') ?? '');
  const bytes = readPart(pkg, name)!;
  let data: Buffer;
  let covers: () => void;
  if (algorithms.length === 0) {
    data = bytes;
    covers = () => coverage.parts.add(partKey(name));
  } else if (
    algorithms[0] === ALG_RELATIONSHIP_TRANSFORM &&
    (algorithms.length === 1 || (algorithms.length === 2 && algorithms[1] === ALG_C14N)) &&
    isRelationshipsPart(name)
  ) {
    const params = transforms[0]!;
    const ids = new Set(
      childElements(params, NS_MDSSI, 'RelationshipReference').map((el) => el.getAttribute('SourceId') ?? ''),
    );
    const types = new Set(
      childElements(params, NS_MDSSI, 'RelationshipsGroupReference').map(
        (el) => el.getAttribute('SourceType') ?? '',
      ),
    );
    try {
      data = transformRelationships(bytes, name, { ids, types });
    } catch (e) {
      if (!(e instanceof SignatureError)) throw e;
      content.push({
        code: 'NOI_DUNG_BI_SUA',
        message: `${describePart(pkg, name)} đã bị thay đổi sau khi ký (không còn đọc được).`,
        part: name,
      });
      return;
    }
    covers = () => {
      addTo(coverage.relationshipIds, partKey(name), ids);
      addTo(coverage.relationshipTypes, partKey(name), types);
    };
  } else {
    signature.push({
      code: 'THUAT_TOAN_KHONG_HO_TRO',
      message: `Tham chiếu tới phần "${name}" dùng phép biến đổi chưa hỗ trợ.`,
      part: name,
    });
    return;
  }
  // Listed in the manifest counts as covered even when the bytes changed: the change is reported here,
  // once, and makes the file invalid, so nothing is read from it; reporting every relationship to the
  // changed part as well would only bury the one message that matters.
  covers();
  if (!sameBase64(digestBase64(digest.name, data), textOf(firstChild(ref, NS_DS, 'DigestValue')))) {
    content.push({
      code: 'NOI_DUNG_BI_SUA',
      message: `${describePart(pkg, name)} đã bị thay đổi sau khi ký.`,
      part: name,
    });
  }
}

function isCoveredRelationship(coverage: Coverage, relsKey: string, id: string, type: string): boolean {
  return !!(
    coverage.relationshipIds.get(relsKey)?.has(id) || coverage.relationshipTypes.get(relsKey)?.has(type)
  );
}

/**
 * Every part and relationship outside the exempt set must be covered, and every relationship must lead to a
 * covered part (or be one of the few that lead to an exempt one): a signed relationship to an unsigned part
 * would let anyone change what the signature seems to vouch for.
 */
function checkCompleteness(
  pkg: OpcPackage,
  layout: SignatureLayout,
  coverage: Coverage,
  content: VerifyProblem[],
): void {
  for (const name of partNames(pkg)) {
    const key = partKey(name);
    if (layout.exemptParts.has(key) || coverage.parts.has(key)) continue;
    if (!isRelationshipsPart(name)) {
      content.push({
        code: 'PHAN_NGOAI_CHU_KY',
        message: `Tệp có phần "${name}" nằm ngoài chữ ký (được thêm vào sau khi ký hoặc không được ký).`,
        part: name,
      });
      continue;
    }
    for (const rel of pkg.relationships.get(key) ?? []) {
      if (isExemptRelationship(name, rel) || isCoveredRelationship(coverage, key, rel.id, rel.type)) continue;
      const target = rel.external
        ? rel.target
        : (resolveTarget(sourceOfRelationshipsPart(name), rel) ?? rel.target);
      content.push({
        code: 'QUAN_HE_NGOAI_CHU_KY',
        message: `Phần "${name}" có quan hệ "${rel.id}" (tới "${target}") nằm ngoài chữ ký (được thêm vào sau khi ký hoặc không được ký).`,
        part: name,
      });
    }
  }
  for (const [relsKey, rels] of pkg.relationships) {
    const relsName = pkg.parts.get(relsKey)!.partName;
    for (const rel of rels) {
      const target = resolveTarget(sourceOfRelationshipsPart(relsName), rel);
      if (target === null) continue;
      const targetKey = partKey(target);
      if (coverage.parts.has(targetKey)) continue;
      if (layout.exemptParts.has(targetKey) && layout.exemptTargets.has(`${relsKey}#${rel.id}`)) continue;
      content.push({
        code: 'QUAN_HE_TOI_PHAN_KHONG_KY',
        message: pkg.parts.has(targetKey)
          ? `Quan hệ "${rel.id}" của phần "${relsName}" dẫn tới phần "${target}", phần này không được chữ ký bảo vệ.`
          : `Quan hệ "${rel.id}" của phần "${relsName}" dẫn tới phần "${target}", phần này không có trong tệp.`,
        part: relsName,
      });
    }
  }
  for (const origin of layout.originParts) {
    if ((readPart(pkg, origin)?.length ?? 0) > 0) {
      content.push({
        code: 'PHAN_GOC_CHU_KY_CO_NOI_DUNG',
        message: `Phần "${origin}" (gốc chữ ký) phải rỗng nhưng lại chứa dữ liệu, mà dữ liệu đó không được ký.`,
        part: origin,
      });
    }
  }
}

interface PartResult {
  complete: boolean;
  signatureProblems: VerifyProblem[];
  contentProblems: VerifyProblem[];
  certificate: ReturnType<typeof checkSignature>['certificate'];
  chain: X509Certificate[];
  signingTime: string | null;
  coverage: Coverage;
}

function verifySignaturePart(pkg: OpcPackage, partName: string, layout: SignatureLayout): PartResult {
  const signatureProblems: VerifyProblem[] = [];
  const contentProblems: VerifyProblem[] = [];
  if (contentTypeOf(pkg, partName) !== CT_SIGNATURE_XML) {
    signatureProblems.push({
      code: 'CHU_KY_HONG',
      message: `Phần chữ ký "${partName}" không có kiểu nội dung của chữ ký số.`,
      part: partName,
    });
  }
  const check = checkSignature(decodeXml(readPart(pkg, partName)!), partName);
  signatureProblems.push(...check.problems);
  const coverage: Coverage = { parts: new Set(), relationshipIds: new Map(), relationshipTypes: new Map() };
  // Each part once: a manifest naming one part many times would make the check digest it again and
  // again (a file made to keep the verifier busy), and Office and TienDo list every part once.
  const listed = new Set<string>();
  for (const manifest of check.manifests) {
    for (const ref of childElements(manifest, NS_DS, 'Reference')) {
      const key = partKey(parseReferenceUri(ref.getAttribute('URI') ?? '')?.partName ?? '');
      if (listed.has(key)) {
        signatureProblems.push({
          code: 'CHU_KY_HONG',
          message: `Danh sách ký của chữ ký "${partName}" nêu phần "${ref.getAttribute('URI') ?? ''}" hơn một lần.`,
          part: partName,
        });
        continue;
      }
      listed.add(key);
      checkManifestReference(pkg, ref, coverage, contentProblems, signatureProblems);
    }
  }
  // Without a manifest the signature vouches for no part: the problem is already reported, and listing
  // every part as "outside the signature" would only bury it.
  const haveManifest = check.manifests.length > 0;
  if (haveManifest) checkCompleteness(pkg, layout, coverage, contentProblems);
  return {
    complete: haveManifest && contentProblems.length === 0,
    signatureProblems,
    contentProblems,
    certificate: check.certificate,
    chain: check.chain,
    signingTime: check.signingTime,
    coverage,
  };
}

const NOTHING_COVERED: Coverage = {
  parts: new Set(),
  relationshipIds: new Map(),
  relationshipTypes: new Map(),
};

function unsigned(problem: VerifyProblem, readable: boolean): VerifyResult {
  return {
    readable,
    signed: false,
    intact: false,
    signatureValid: false,
    complete: false,
    certificateValid: false,
    certificate: { status: 'unknown' },
    valid: false,
    trust: { status: 'unconfirmed' },
    verdict: 'invalid',
    signer: null,
    signingTime: null,
    problems: [problem],
    notes: [],
  };
}

/** Why the certificate may not sign documents (its key usage), as a problem, or null. */
function usageProblem(cert: X509Certificate): { detail: string; problem: VerifyProblem } | null {
  let detail: string | null;
  try {
    detail = documentSigningProblem(certificateFacts(cert.raw));
  } catch {
    detail = 'không đọc được phần mở rộng của chứng thư số';
  }
  if (!detail) return null;
  return {
    detail,
    problem: {
      code: 'CHUNG_THU_SAI_MUC_DICH',
      message: `Chứng thư số của người ký không dùng để ký tài liệu được: ${detail}. Chữ ký không có giá trị.`,
    },
  };
}

function signerTrust(verdict: ReturnType<typeof evaluateChain>): SignerTrust {
  if (verdict.status !== 'trusted') return { status: 'unconfirmed' };
  return {
    status: 'trusted',
    source: verdict.source,
    label: verdict.label,
    ...(verdict.signer?.province !== undefined ? { province: verdict.signer.province } : {}),
  };
}

function expiredSinceNote(
  status: CertificateStatus,
  notAfter: string | undefined,
  now: Date,
): VerifyProblem | null {
  if (status.status !== 'valid' || !notAfter || Date.parse(notAfter) >= now.getTime()) return null;
  return {
    code: 'CHUNG_THU_DA_HET_HAN_SAU_KHI_KY',
    message: `Chứng thư số của người ký đã hết hạn từ ngày ${localDate(notAfter)}, sau thời điểm ký ghi trong chữ ký; chữ ký được làm khi chứng thư còn hiệu lực.`,
  };
}

/** Verifies an opened package; also returns what the signature covers, for the readers of embedded parts. */
export function verifyOpened(
  pkg: OpcPackage,
  options: VerifyOptions = {},
): { result: VerifyResult; coverage: Coverage; certificates: X509Certificate[] } {
  const layout = signatureLayout(pkg);
  if (layout.signatureParts.length === 0) {
    return {
      result: unsigned({ code: 'CHUA_KY', message: 'Tệp chưa được ký số.' }, true),
      coverage: NOTHING_COVERED,
      certificates: [],
    };
  }
  const results = layout.signatureParts.map((part) => verifySignaturePart(pkg, part, layout));
  const signatureProblems = results.flatMap((r) => r.signatureProblems);
  if (results.length > 1) {
    // The result names one signer; a second signature would go unseen, so it is not accepted.
    const names = results
      .map((r) => `"${r.certificate ? describeX509(r.certificate).commonName : '?'}"`)
      .join(', ');
    signatureProblems.push({
      code: 'NHIEU_CHU_KY',
      message: `Tệp có ${results.length} chữ ký (${names}); chỉ chấp nhận tệp có đúng một chữ ký.`,
    });
  }
  const contentProblems = results.flatMap((r) => r.contentProblems);
  const first = results[0]!;
  let certificate: CertificateStatus = first.certificate
    ? certificateStatusAt(first.certificate, first.signingTime)
    : { status: 'unknown' };
  let certProblem = first.signingTime ? certificateProblem(certificate, first.signingTime) : null;
  // Within its validity, the certificate must also be one that may sign documents, and (when the reader
  // has the lists) not revoked, and chained through fit CA certificates.
  let chainVerdict: ReturnType<typeof evaluateChain> = { status: 'unconfirmed' };
  if (first.certificate && first.signingTime && certificate.status === 'valid') {
    const usage = usageProblem(first.certificate);
    if (usage) {
      certificate = { status: 'wrong-usage', detail: usage.detail };
      certProblem = usage.problem;
    } else {
      chainVerdict = evaluateChain(first.certificate, first.chain, first.signingTime, {
        signers: options.trusted ?? EMPTY_TRUST.signers,
        authorities: options.authorities ?? EMPTY_TRUST.authorities,
        revocations: options.revocations ?? EMPTY_TRUST.revocations,
      });
      if (chainVerdict.status === 'revoked') {
        certificate = { status: 'revoked', revokedAt: chainVerdict.revokedAt, reason: chainVerdict.reason };
        certProblem = { code: 'CHUNG_THU_BI_THU_HOI', message: chainVerdict.message };
      } else if (chainVerdict.status === 'chain-invalid') {
        certificate = { status: 'chain-invalid', detail: chainVerdict.message };
        certProblem = { code: 'CHUOI_CHUNG_THU_KHONG_HOP_LE', message: chainVerdict.message };
      }
    }
  }
  // The same problem found by two signatures is reported once.
  const seen = new Set<string>();
  const problems = [...signatureProblems, ...(certProblem ? [certProblem] : []), ...contentProblems].filter(
    (p) => {
      const k = `${p.code}|${p.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    },
  );
  const signatureValid = signatureProblems.length === 0;
  const complete = results.every((r) => r.complete);
  const intact = signatureValid && complete;
  const certificateValid = certificate.status === 'valid';
  const valid = intact && certificateValid && problems.length === 0;
  const signer = first.certificate ? describeX509(first.certificate) : null;
  const trust: SignerTrust = valid ? signerTrust(chainVerdict) : { status: 'unconfirmed' };
  const note = expiredSinceNote(certificate, signer?.notAfter, options.now ?? new Date());
  return {
    result: {
      readable: true,
      signed: true,
      intact,
      signatureValid,
      complete,
      certificateValid,
      certificate,
      valid,
      trust,
      verdict: !valid ? 'invalid' : trust.status === 'trusted' ? 'trusted' : 'unconfirmed',
      signer,
      signingTime: first.signingTime,
      problems,
      notes: note ? [note] : [],
    },
    coverage: valid && results.length === 1 ? first.coverage : NOTHING_COVERED,
    certificates: first.certificate ? [first.certificate, ...first.chain] : [],
  };
}

/** The verdict on a package that could not be read at all. */
export function unreadable(error: SignatureError): VerifyResult {
  return unsigned({ code: error.code, message: error.message }, false);
}
