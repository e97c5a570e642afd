// The signer as a letter names them, from the certificate's subject in RFC 4514 form ("CN=Nguyễn Văn An,
// T=Trưởng Ban, O=Ban Chỉ đạo\, tỉnh Gia Lai, C=VN"): the name, the title and the body, unescaped, never the
// raw "CN=…" text with its backslashes.

export interface SignerName {
  name: string;
  title: string;
  organisation: string;
}

/** Splits at the commas (and '+') that separate attributes, not at escaped ones. */
function attributes(dn: string): [string, string][] {
  const out: [string, string][] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const ch = dn[i]!;
    if (ch === '\\' && i + 1 < dn.length) {
      current += ch + dn[++i]!;
      continue;
    }
    if (ch === ',' || ch === '+') {
      out.push(split(current));
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(split(current));
  return out;
}

function split(pair: string): [string, string] {
  const at = pair.indexOf('=');
  return at < 0
    ? ['', unescape(pair)]
    : [pair.slice(0, at).trim().toUpperCase(), unescape(pair.slice(at + 1))];
}

/** RFC 4514 unescaping: '\,' -> ',', '\\' -> '\', and '\C3\A1' (UTF-8 bytes in hex) -> 'á'. */
function unescape(value: string): string {
  const bytes: number[] = [];
  const v = value.trim();
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]!;
    if (ch === '\\' && /^[0-9a-fA-F]{2}$/.test(v.slice(i + 1, i + 3))) {
      bytes.push(parseInt(v.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === '\\' && i + 1 < v.length) {
      bytes.push(...Buffer.from(v[++i]!, 'utf8'));
    } else bytes.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(bytes)
    .toString('utf8')
    .replace(/^"(.*)"$/, '$1');
}

const TITLE = new Set(['T', 'TITLE', '2.5.4.12']);

export function signerName(subject: string): SignerName {
  const attrs = attributes(subject);
  const first = (keys: Set<string>) => attrs.find(([k]) => keys.has(k))?.[1] ?? '';
  return {
    name: first(new Set(['CN', '2.5.4.3'])) || subject.trim(),
    title: first(TITLE),
    organisation: first(new Set(['O', '2.5.4.10'])) || first(new Set(['OU', '2.5.4.11'])),
  };
}

/** 'Nguyễn Văn An, Trưởng Ban, Ban Chỉ đạo chuyển đổi số tỉnh Gia Lai' (the parts the certificate has). */
export function signerLine(subject: string): string {
  const s = signerName(subject);
  return [s.name, s.title, s.organisation].filter(Boolean).join(', ');
}
