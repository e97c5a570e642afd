/**
 * Strict verification of the package signatures of an .xlsx: each signature must verify, each manifest
 * reference must match the package (bytes, relationships, content type), and every part and relationship
 * that is not allowed to change (see policy.ts) must be covered by the manifest.
 */
import type { Element } from '@xmldom/xmldom';
import { describeX509 } from './certificate';
import { ALG_C14N, ALG_RELATIONSHIP_TRANSFORM, CT_SIGNATURE_XML, NS_DS, NS_MDSSI } from './constants';
import {
  type OpcPackage,
  contentTypeOf,
  isRelationshipsPart,
  parseRelationships,
  partKey,
  partNames,
  readPackage,
  readPart,
  resolveTarget,
  sourceOfRelationshipsPart,
  storedPartName,
  transformRelationships,
} from './opc';
import { isExemptRelationship, signatureLayout } from './policy';
import { type VerifyProblem, type VerifyResult, SignatureError } from './types';
import { checkSignature, digestBase64, digestName, sameBase64 } from './verify-signature';
import { childElements, decodeXml, firstChild, textOf } from './xml';

/** What the manifests cover: whole parts (by bytes) and, per .rels part, the relationships selected. */
interface Coverage {
  parts: Set<string>;
  relationshipIds: Map<string, Set<string>>;
  relationshipTypes: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, values: Iterable<string>): void {
  const set = map.get(key) ?? new Set<string>();
  for (const v of values) set.add(v);
  map.set(key, set);
}

function parseReferenceUri(uri: string): { partName: string; contentType: string | null } | null {
  if (!uri.startsWith('/')) return null;
  const q = uri.indexOf('?');
  const rawPath = q < 0 ? uri : uri.slice(0, q);
  const query = q < 0 ? '' : uri.slice(q + 1);
  let partName = rawPath;
  try {
    partName = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  let contentType: string | null = null;
  for (const param of query.split('&')) {
    if (param.startsWith('ContentType=')) contentType = param.slice('ContentType='.length);
  }
  return { partName, contentType };
}

/** Checks one manifest reference against the package and records what it covers. */
async function checkManifestReference(
  pkg: OpcPackage,
  ref: Element,
  coverage: Coverage,
  content: VerifyProblem[],
  signature: VerifyProblem[],
): Promise<void> {
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
      message: `Phần "${name}" đã bị xóa khỏi tệp sau khi ký.`,
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
  const bytes = (await readPart(pkg, name))!;
  let data: Buffer;
  if (algorithms.length === 0) {
    data = bytes;
    coverage.parts.add(partKey(name));
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
        message: `Phần "${name}" đã bị thay đổi sau khi ký (không còn đọc được).`,
        part: name,
      });
      return;
    }
    addTo(coverage.relationshipIds, partKey(name), ids);
    addTo(coverage.relationshipTypes, partKey(name), types);
  } else {
    signature.push({
      code: 'THUAT_TOAN_KHONG_HO_TRO',
      message: `Tham chiếu tới phần "${name}" dùng phép biến đổi chưa hỗ trợ.`,
      part: name,
    });
    return;
  }
  if (!sameBase64(digestBase64(digest.name, data), textOf(firstChild(ref, NS_DS, 'DigestValue')))) {
    content.push({
      code: 'NOI_DUNG_BI_SUA',
      message: `Phần "${name}" đã bị thay đổi sau khi ký.`,
      part: name,
    });
  }
}

/** Every part and relationship outside the exempt set must be covered. */
async function checkCompleteness(
  pkg: OpcPackage,
  exempt: ReadonlySet<string>,
  coverage: Coverage,
  content: VerifyProblem[],
): Promise<void> {
  for (const name of partNames(pkg)) {
    const key = partKey(name);
    if (exempt.has(key) || coverage.parts.has(key)) continue;
    if (!isRelationshipsPart(name)) {
      content.push({
        code: 'PHAN_NGOAI_CHU_KY',
        message: `Tệp có phần "${name}" nằm ngoài chữ ký (được thêm vào sau khi ký hoặc không được ký).`,
        part: name,
      });
      continue;
    }
    let rels;
    try {
      rels = parseRelationships((await readPart(pkg, name))!, name);
    } catch {
      content.push({
        code: 'PHAN_NGOAI_CHU_KY',
        message: `Tệp có phần "${name}" không đọc được và nằm ngoài chữ ký.`,
        part: name,
      });
      continue;
    }
    const ids = coverage.relationshipIds.get(key) ?? new Set<string>();
    const types = coverage.relationshipTypes.get(key) ?? new Set<string>();
    for (const rel of rels) {
      if (isExemptRelationship(name, rel) || ids.has(rel.id) || types.has(rel.type)) continue;
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
}

interface PartResult {
  complete: boolean;
  signatureProblems: VerifyProblem[];
  contentProblems: VerifyProblem[];
  signer: VerifyResult['signer'];
  signingTime: string | null;
}

async function verifySignaturePart(
  pkg: OpcPackage,
  partName: string,
  exempt: ReadonlySet<string>,
): Promise<PartResult> {
  const signatureProblems: VerifyProblem[] = [];
  const contentProblems: VerifyProblem[] = [];
  if (contentTypeOf(pkg, partName) !== CT_SIGNATURE_XML) {
    signatureProblems.push({
      code: 'CHU_KY_HONG',
      message: `Phần chữ ký "${partName}" không có kiểu nội dung của chữ ký số.`,
      part: partName,
    });
  }
  const check = checkSignature(decodeXml((await readPart(pkg, partName))!), partName);
  signatureProblems.push(...check.problems);
  const coverage: Coverage = { parts: new Set(), relationshipIds: new Map(), relationshipTypes: new Map() };
  for (const manifest of check.manifests) {
    for (const ref of childElements(manifest, NS_DS, 'Reference')) {
      await checkManifestReference(pkg, ref, coverage, contentProblems, signatureProblems);
    }
  }
  // Without a manifest the signature vouches for no part: the problem is already reported, and listing
  // every part as "outside the signature" would only bury it.
  const haveManifest = check.manifests.length > 0;
  if (haveManifest) await checkCompleteness(pkg, exempt, coverage, contentProblems);
  return {
    complete: haveManifest && contentProblems.length === 0,
    signatureProblems,
    contentProblems,
    signer: check.certificate ? describeX509(check.certificate) : null,
    signingTime: check.signingTime,
  };
}

function unsigned(problem: VerifyProblem): VerifyResult {
  return {
    signed: false,
    valid: false,
    signatureValid: false,
    complete: false,
    signer: null,
    signingTime: null,
    problems: [problem],
  };
}

export async function verifyPackage(xlsx: Buffer): Promise<VerifyResult> {
  let pkg: OpcPackage;
  try {
    pkg = await readPackage(xlsx);
  } catch (e) {
    if (e instanceof SignatureError) return unsigned({ code: e.code, message: e.message });
    throw e;
  }
  const layout = await signatureLayout(pkg);
  if (layout.signatureParts.length === 0) {
    return unsigned({ code: 'CHUA_KY', message: 'Tệp chưa được ký số.' });
  }
  const results: PartResult[] = [];
  for (const part of layout.signatureParts) {
    results.push(await verifySignaturePart(pkg, part, layout.exemptParts));
  }
  const signatureProblems = results.flatMap((r) => r.signatureProblems);
  if (results.length > 1) {
    // The result names one signer; a second signature would go unseen, so it is not accepted.
    const names = results.map((r) => `"${r.signer?.commonName ?? '?'}"`).join(', ');
    signatureProblems.push({
      code: 'NHIEU_CHU_KY',
      message: `Tệp có ${results.length} chữ ký (${names}); chỉ chấp nhận tệp có đúng một chữ ký.`,
    });
  }
  const contentProblems = results.flatMap((r) => r.contentProblems);
  // The same problem found by two signatures is reported once.
  const seen = new Set<string>();
  const problems = [...signatureProblems, ...contentProblems].filter((p) => {
    const k = `${p.code}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const signatureValid = signatureProblems.length === 0;
  const complete = results.every((r) => r.complete);
  const first = results[0]!;
  return {
    signed: true,
    valid: signatureValid && complete && problems.length === 0,
    signatureValid,
    complete,
    signer: first.signer,
    signingTime: first.signingTime,
    problems,
  };
}
