// A minimal DER reader for the few structures TienDo reads itself (certificate extensions, CRLs, PKCS#7
// certificate bundles): node:crypto reads certificates but not their key usage bits, CRLs or .p7b files,
// and node-forge refuses any certificate whose key is not RSA. Every length is checked against the buffer,
// so a damaged or hostile file ends in a DerError, never in a read past the end.

export class DerError extends Error {}

export interface Tlv {
  /** The identifier octet (tag class, constructed bit and number; numbers above 30 are refused). */
  tag: number;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the first content octet. */
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific tag [n], constructed (EXPLICIT) or primitive. */
export const contextTag = (n: number, constructed = true): number => 0x80 | (constructed ? 0x20 : 0) | n;

export function readTlv(buf: Buffer, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError('DER: hết dữ liệu');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('DER: thẻ nhiều byte không được hỗ trợ');
  let len = buf[offset + 1]!;
  let p = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('DER: độ dài không hợp lệ');
    if (p + n > limit) throw new DerError('DER: hết dữ liệu');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i]!;
    p += n;
  }
  if (p + len > limit) throw new DerError('DER: độ dài vượt quá dữ liệu');
  return { tag, start: offset, contentStart: p, end: p + len };
}

/** The elements inside a constructed value. */
export function children(buf: Buffer, tlv: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let p = tlv.contentStart;
  while (p < tlv.end) {
    const child = readTlv(buf, p, tlv.end);
    out.push(child);
    p = child.end;
  }
  return out;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) throw new DerError(`DER: thiếu ${what}`);
  return tlv;
}

export const content = (buf: Buffer, tlv: Tlv): Buffer => buf.subarray(tlv.contentStart, tlv.end);
export const whole = (buf: Buffer, tlv: Tlv): Buffer => buf.subarray(tlv.start, tlv.end);

/** Reads the single value of `der`, which must span it exactly. */
export function root(der: Buffer): Tlv {
  const tlv = readTlv(der, 0);
  if (tlv.end !== der.length) throw new DerError('DER: có dữ liệu thừa sau giá trị');
  return tlv;
}

export function oid(buf: Buffer, tlv: Tlv): string {
  const bytes = content(buf, expectTag(tlv, TAG.OID, 'OID'));
  if (bytes.length === 0) throw new DerError('DER: OID rỗng');
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** An INTEGER as upper-case hex without leading zero bytes ("7B2F"): how serial numbers are compared. */
export function integerHex(buf: Buffer, tlv: Tlv): string {
  const hex = content(buf, expectTag(tlv, TAG.INTEGER, 'số nguyên'))
    .toString('hex')
    .toUpperCase();
  return normaliseSerial(hex);
}

export function normaliseSerial(hex: string): string {
  return hex
    .replace(/[^0-9A-Fa-f]/g, '')
    .toUpperCase()
    .replace(/^0+(?=.)/, '');
}

/** UTCTime or GeneralizedTime as full ISO 8601 UTC. */
export function time(buf: Buffer, tlv: Tlv): string {
  const text = content(buf, tlv).toString('latin1');
  let m: RegExpExecArray | null;
  if (tlv.tag === TAG.UTC_TIME && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text))) {
    const yy = Number(m[1]);
    const year = yy >= 50 ? 1900 + yy : 2000 + yy;
    return new Date(
      Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
    ).toISOString();
  }
  if (
    tlv.tag === TAG.GENERALIZED_TIME &&
    (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(text))
  ) {
    return new Date(
      Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
    ).toISOString();
  }
  throw new DerError('DER: thời gian không hợp lệ');
}

export const isTime = (tlv: Tlv | undefined): boolean =>
  !!tlv && (tlv.tag === TAG.UTC_TIME || tlv.tag === TAG.GENERALIZED_TIME);
