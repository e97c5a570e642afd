/** Strict XML parsing and small DOM helpers on @xmldom/xmldom. */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { SignatureError } from './types';

const ELEMENT_NODE = 1;

/** Decodes the bytes of an XML part: UTF-8 (with or without BOM) or UTF-16 with BOM. */
export function decodeXml(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    const swapped = Buffer.from(b.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  return b.toString('utf8');
}

/** The XML parts a reader parses (content types, relationships, signatures, properties) are small. */
export const MAX_XML_CHARS = 8 * 1024 * 1024;
/** Deeper than any OOXML part goes (a signature is about 10 levels), shallow enough for recursive tools. */
export const MAX_XML_DEPTH = 64;

/** Deepest element nesting of the document, walked without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_XML_DEPTH) return depth;
    for (let c = node.firstChild; c; c = c.nextSibling) if (isElement(c)) stack.push([c, depth + 1]);
  }
  return deepest;
}

/**
 * Parses XML namespace-aware; any error (not only fatal ones) and any DOCTYPE is refused:
 * OPC parts must not use DTDs (ECMA-376 Part 2, 8.1.4), and a DTD has no business in a signature.
 * Too long a text or too deep a nesting is refused too: the part may come from anyone.
 */
export function parseXml(text: string, partName: string): Document {
  if (text.length > MAX_XML_CHARS) {
    throw new SignatureError('XML_HONG', `Phần "${partName}" dài quá ${MAX_XML_CHARS} ký tự.`);
  }
  if (/<!DOCTYPE/i.test(text)) {
    throw new SignatureError('XML_HONG', `Phần "${partName}" có khai báo DOCTYPE, không được phép.`);
  }
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch {
    throw new SignatureError('XML_HONG', `Phần "${partName}" không phải là XML hợp lệ.`);
  }
  if (doc.doctype !== null) {
    throw new SignatureError('XML_HONG', `Phần "${partName}" có khai báo DOCTYPE, không được phép.`);
  }
  if (!doc.documentElement) throw new SignatureError('XML_HONG', `Phần "${partName}" không có nội dung XML.`);
  if (depthOf(doc.documentElement) > MAX_XML_DEPTH) {
    throw new SignatureError('XML_HONG', `Phần "${partName}" lồng nhau quá ${MAX_XML_DEPTH} tầng.`);
  }
  return doc;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Child elements, optionally only those with the given namespace and local name. */
export function childElements(parent: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (ns !== undefined && n.namespaceURI !== ns) continue;
    if (localName !== undefined && n.localName !== localName) continue;
    out.push(n);
  }
  return out;
}

export function firstChild(parent: Element, ns: string, localName: string): Element | null {
  return childElements(parent, ns, localName)[0] ?? null;
}

/** All descendant elements (document order) with the given namespace and local name. */
export function descendants(root: Element, ns: string, localName: string): Element[] {
  const list = root.getElementsByTagNameNS(ns, localName);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}

export function textOf(el: Element | null): string {
  return (el?.textContent ?? '').trim();
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}
