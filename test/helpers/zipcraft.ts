// Zip archives written byte by byte, for the tests that hand a reader a hostile package: duplicate names,
// entries the central directory does not list, bytes after the end record, encrypted or unknown methods,
// sizes that lie. Ordinary tools refuse to write such files, so the tests make them here.
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { XMLSerializer, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { canonicalize } from '../../main/excel/signature/c14n';
import { NS_DS } from '../../main/excel/signature/constants';
import { parseXml } from '../../main/excel/signature/xml';

export interface CraftEntry {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflate (default), anything else as written. */
  method?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
  /** Declared uncompressed size, when it should lie. */
  declaredSize?: number;
  /** Written as a local entry only: the central directory does not list it. */
  localOnly?: boolean;
  /** Listed in the central directory only, pointing at another entry's local header (by index). */
  centralPointsAt?: number;
  /** Listed in the central directory only, its local header said to be at this offset of the archive. */
  centralOffset?: number;
}

export interface CraftOptions {
  /** Bytes after the end of central directory record. */
  trailing?: Buffer;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** The local header and data of an entry, as craftZip writes them. */
export function localBytes(e: CraftEntry): Buffer {
  const method = e.method ?? 8;
  const name = Buffer.from(e.name, 'utf8');
  const body = method === 8 ? deflateRawSync(e.data) : e.data;
  return Buffer.concat([
    u32(0x04034b50),
    u16(20),
    u16(e.flags ?? 0x800),
    u16(method),
    u16(0),
    u16(0x21),
    u32(crc32(e.data)),
    u32(body.length),
    u32(e.declaredSize ?? e.data.length),
    u16(name.length),
    u16(0),
    name,
    body,
  ]);
}

export function craftZip(entries: CraftEntry[], options: CraftOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const central: Buffer[] = [];
  const localOffsets: number[] = [];
  const headers: {
    name: Buffer;
    method: number;
    flags: number;
    crc: number;
    csize: number;
    usize: number;
  }[] = [];
  for (const e of entries) {
    const method = e.method ?? 8;
    const flags = e.flags ?? 0x800;
    const name = Buffer.from(e.name, 'utf8');
    const body = method === 8 ? deflateRawSync(e.data) : e.data;
    const usize = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    headers.push({ name, method, flags, crc, csize: body.length, usize });
    if (e.centralPointsAt !== undefined) {
      localOffsets.push(localOffsets[e.centralPointsAt]!);
    } else if (e.centralOffset !== undefined) {
      localOffsets.push(e.centralOffset);
    } else {
      const local = localBytes(e);
      localOffsets.push(offset);
      chunks.push(local);
      offset += local.length;
    }
  }
  const cdStart = offset;
  let count = 0;
  entries.forEach((e, i) => {
    if (e.localOnly) return;
    const h = headers[i]!;
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(h.flags),
        u16(h.method),
        u16(0),
        u16(0x21),
        u32(h.crc),
        u32(h.csize),
        u32(h.usize),
        u16(h.name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(localOffsets[i]!),
        h.name,
      ]),
    );
    count++;
  });
  const cd = Buffer.concat(central);
  const eocd = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(cd.length),
    u32(cdStart),
    u16(0),
  ]);
  return Buffer.concat([...chunks, cd, eocd, options.trailing ?? Buffer.alloc(0)]);
}

/** The files of a package in their stored order (folders left out), as JSZip reads them. */
export async function entriesOf(xlsx: Buffer): Promise<CraftEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: CraftEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    out.push({ name: file.name, data: await file.async('nodebuffer') });
  }
  return out;
}

/**
 * Signs an edited signature part again with `privateKeyPem`, as an attacker holding his own key would:
 * the digests of the SignedInfo references (same-document, inclusive C14N) and the SignatureValue.
 */
export function resignSignatureXml(xml: string, privateKeyPem: string): string {
  const doc = parseXml(xml, '/_xmlsignatures/sig1.xml');
  const all = doc.getElementsByTagName('*');
  const byId = new Map<string, Element>();
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    const id = el?.getAttribute('Id');
    if (el && id) byId.set(id, el);
  }
  const signedInfo = doc.getElementsByTagNameNS(NS_DS, 'SignedInfo').item(0)!;
  const refs = signedInfo.getElementsByTagNameNS(NS_DS, 'Reference');
  for (let i = 0; i < refs.length; i++) {
    const ref = refs.item(i)!;
    const target = byId.get((ref.getAttribute('URI') ?? '').slice(1));
    if (!target) continue;
    const value = ref.getElementsByTagNameNS(NS_DS, 'DigestValue').item(0)!;
    value.textContent = createHash('sha256').update(canonicalize(target)).digest('base64');
  }
  const signature = sign(
    'sha256',
    Buffer.from(canonicalize(signedInfo), 'utf8'),
    createPrivateKey(privateKeyPem),
  );
  doc.getElementsByTagNameNS(NS_DS, 'SignatureValue').item(0)!.textContent = signature.toString('base64');
  return new XMLSerializer().serializeToString(doc);
}
