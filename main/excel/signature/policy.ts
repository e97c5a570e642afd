/**
 * What a package signature must cover. The same rules drive signing (what goes into the manifest) and
 * verifying (what may stay outside it):
 * - outside: [Content_Types].xml; the signature parts (origin, its .rels, the signature parts and their
 *   .rels); the core and extended properties parts (docProps/core.xml, docProps/app.xml, which Excel rewrites
 *   on open/save) with their own .rels; and in /_rels/.rels the relationships to those.
 * - everything else is signed: every other part by digest of its bytes, every other relationship by Id
 *   through a RelationshipTransform on its .rels part, external ones included (their targets are not digested).
 * - only those few relationships (exemptTargets) may lead to an unsigned part: a signed relationship that
 *   leads to one would vouch for content nobody signed, and is refused by the verifier.
 * This signs more than Apache POI's list of signed relationship types (POI also leaves out e.g. thumbnails and
 * custom properties); Excel and POI verify only what the manifest lists, so signing more is compatible.
 */
import {
  CT_CORE_PROPERTIES,
  CT_EXTENDED_PROPERTIES,
  REL_CORE_PROPERTIES,
  REL_EXTENDED_PROPERTIES,
  REL_SIGNATURE,
  REL_SIGNATURE_ORIGIN,
  ROOT_RELS_PART,
} from './constants';
import {
  type OpcPackage,
  type Relationship,
  contentTypeOf,
  hasPart,
  partKey,
  relationshipsOf,
  relationshipsPartOf,
  resolveTarget,
  storedPartName,
} from './opc';

export interface SignatureLayout {
  /** Relationships of /_rels/.rels (empty if it is missing or broken). */
  rootRelationships: Relationship[];
  /** Signature origin parts (from /_rels/.rels). */
  originParts: string[];
  /** Signature parts (from the origin parts' .rels). */
  signatureParts: string[];
  /** Parts that need not be signed (part keys). */
  exemptParts: Set<string>;
  /**
   * The only relationships allowed to lead to an exempt part: "<key of the .rels part>#<Id>". Any other
   * relationship must lead to a signed part.
   */
  exemptTargets: Set<string>;
}

function isPropertiesRelationship(rel: Relationship): boolean {
  return REL_CORE_PROPERTIES.has(rel.type) || REL_EXTENDED_PROPERTIES.has(rel.type);
}

/** A relationship that stays outside the signature: only in /_rels/.rels, to the properties parts or the origin. */
export function isExemptRelationship(relsPartName: string, rel: Relationship): boolean {
  if (partKey(relsPartName) !== partKey(ROOT_RELS_PART)) return false;
  return isPropertiesRelationship(rel) || rel.type === REL_SIGNATURE_ORIGIN;
}

/** Finds the signature parts and the set of parts that may stay unsigned. */
export function signatureLayout(pkg: OpcPackage): SignatureLayout {
  const rootRelationships = relationshipsOf(pkg, '/');
  const exempt = new Set<string>();
  const exemptTargets = new Set<string>();
  const rootRels = partKey(relationshipsPartOf('/'));
  const originParts: string[] = [];
  const signatureParts: string[] = [];
  const exemptWithRels = (name: string): void => {
    exempt.add(partKey(name));
    exempt.add(partKey(relationshipsPartOf(name)));
  };
  for (const rel of rootRelationships) {
    const target = resolveTarget('/', rel);
    if (!target || !hasPart(pkg, target)) continue;
    const name = storedPartName(pkg, target) ?? target;
    const ct = contentTypeOf(pkg, name);
    const properties =
      (REL_CORE_PROPERTIES.has(rel.type) && ct === CT_CORE_PROPERTIES) ||
      (REL_EXTENDED_PROPERTIES.has(rel.type) && ct === CT_EXTENDED_PROPERTIES);
    if (properties) {
      exemptWithRels(name);
      exemptTargets.add(`${rootRels}#${rel.id}`);
    }
    if (rel.type === REL_SIGNATURE_ORIGIN) {
      originParts.push(name);
      exemptWithRels(name);
      exemptTargets.add(`${rootRels}#${rel.id}`);
      const originRels = partKey(relationshipsPartOf(name));
      for (const sigRel of relationshipsOf(pkg, name)) {
        if (sigRel.type !== REL_SIGNATURE) continue;
        const sigTarget = resolveTarget(name, sigRel);
        if (!sigTarget || !hasPart(pkg, sigTarget)) continue;
        const sigName = storedPartName(pkg, sigTarget) ?? sigTarget;
        signatureParts.push(sigName);
        exemptWithRels(sigName);
        exemptTargets.add(`${originRels}#${sigRel.id}`);
        // Certificates in parts of their own (REL_SIGNATURE_CERTIFICATE) are not exempted: TienDo and
        // Office put the certificate inside the signature, and an unsigned part is one more place to hide.
      }
    }
  }
  return { rootRelationships, originParts, signatureParts, exemptParts: exempt, exemptTargets };
}
