/** Canonical XML (inclusive C14N 1.0 and exclusive C14N) of a DOM element, using xml-crypto's canonicalizers. */
import type { Element } from '@xmldom/xmldom';
import {
  C14nCanonicalization,
  C14nCanonicalizationWithComments,
  ExclusiveCanonicalization,
  ExclusiveCanonicalizationWithComments,
} from 'xml-crypto';
import { ALG_C14N, ALG_C14N_COMMENTS, ALG_EXC_C14N, ALG_EXC_C14N_COMMENTS } from './constants';
import { isElement } from './xml';

type InclusiveNode = Parameters<C14nCanonicalization['process']>[0];
type ExclusiveNode = Parameters<ExclusiveCanonicalization['process']>[0];

export const CANONICALIZATIONS: ReadonlySet<string> = new Set([
  ALG_C14N,
  ALG_C14N_COMMENTS,
  ALG_EXC_C14N,
  ALG_EXC_C14N_COMMENTS,
]);

/** Namespace declarations in scope at `el` that come from its ancestors (nearest wins, undeclarations dropped). */
function ancestorNamespaces(el: Element): { prefix: string; namespaceURI: string }[] {
  const seen = new Map<string, string>();
  for (let a = el.attributes, i = 0; i < a.length; i++) {
    const attr = a.item(i);
    if (!attr) continue;
    if (attr.name === 'xmlns') seen.set('', attr.value);
    else if (attr.prefix === 'xmlns') seen.set(attr.localName ?? '', attr.value);
  }
  const own = new Set(seen.keys());
  for (let p = el.parentNode; isElement(p); p = p.parentNode) {
    for (let i = 0; i < p.attributes.length; i++) {
      const attr = p.attributes.item(i);
      if (!attr) continue;
      const prefix = attr.name === 'xmlns' ? '' : attr.prefix === 'xmlns' ? (attr.localName ?? '') : null;
      if (prefix !== null && !seen.has(prefix)) seen.set(prefix, attr.value);
    }
  }
  const out: { prefix: string; namespaceURI: string }[] = [];
  for (const [prefix, namespaceURI] of seen) {
    if (own.has(prefix) || namespaceURI === '') continue;
    // xml-crypto renders the default namespace of an unprefixed element itself; only a prefixed apex
    // needs the inherited default namespace handed in, or it would be rendered twice.
    if (prefix === '' && !el.prefix) continue;
    out.push({ prefix, namespaceURI });
  }
  return out;
}

/**
 * Canonical form of `el` as it stands in its document: inclusive C14N carries the namespaces in scope
 * from the ancestors onto the apex element, exclusive C14N only those visibly used.
 * `withComments` is false for same-document references ("#id" drops comments, XML-DSig 4.3.3.3).
 */
export function canonicalize(el: Element, algorithm: string = ALG_C14N, withComments = false): string {
  if (!CANONICALIZATIONS.has(algorithm)) throw new Error(`unsupported canonicalization ${algorithm}`);
  const comments = withComments && (algorithm === ALG_C14N_COMMENTS || algorithm === ALG_EXC_C14N_COMMENTS);
  if (algorithm === ALG_EXC_C14N || algorithm === ALG_EXC_C14N_COMMENTS) {
    const exc = comments ? new ExclusiveCanonicalizationWithComments() : new ExclusiveCanonicalization();
    return exc.process(el as unknown as ExclusiveNode, {});
  }
  const inc = comments ? new C14nCanonicalizationWithComments() : new C14nCanonicalization();
  return inc.process(el as unknown as InclusiveNode, { ancestorNamespaces: ancestorNamespaces(el) });
}
