/**
 * The one zip reader for a package someone sent (verify, inspect, the e-mail, signing our own output).
 * yauzl reads the end record and the central directory, refusing multi-disk archives, bytes after the end
 * record and unsafe names; the checks below are the ones no zip library makes, because a zip can be read
 * in more than one way and each way must give the same files:
 * - every byte before the central directory belongs to exactly one listed entry (no local entry the
 *   directory does not list, no overlapping entries, nothing before, between or after);
 * - each local header says what its central record says (name, flags, method, sizes, CRC);
 * - no archive comment, no ZIP64, no second name (Info-ZIP Unicode path field), no encryption, only stored
 *   and deflated entries, each deflate stream ending exactly where the entry ends;
 * - limits on the archive size, the entry count, each entry's and the total inflated size (zip bombs are
 *   refused from their declared sizes before anything is inflated, and a stream that inflates to more
 *   than it declares is cut off at the declared size), and on the time spent.
 */
import { notAnOfficeFile } from './formats';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl, { type Entry } from 'yauzl';
import { SignatureError } from './types';

export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxMillis: number;
}

/**
 * The bench's large report (10,300 annex rows), signed, is 1.0 MB zipped in 16 entries and 9.7 MB
 * inflated, its largest part 4.6 MB, and verifies in 0.2 s: these leave room more than ten times over
 * and still keep a hostile file to a bounded amount of memory and time.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 64 * 1024 * 1024,
  maxEntries: 2000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxMillis: 20_000,
};

export interface ZipEntry {
  /** As stored (UTF-8 or ASCII), e.g. "xl/workbook.xml"; folders end with "/". */
  name: string;
  directory: boolean;
  data: Buffer;
  modified: Date;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_MASKED_HEADERS = 0x2000;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function refuse(detail: string): never {
  throw notAnOfficeFile(detail);
}

function listEntries(bytes: Buffer, limits: ZipLimits): Promise<{ entries: Entry[]; entryCount: number }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, decodeStrings: true, strictFileNames: true, validateEntrySizes: true },
      (error, zipfile) => {
        if (error || !zipfile) return reject(error ?? new Error('no zip'));
        if (zipfile.entryCount > limits.maxEntries) {
          zipfile.close();
          return reject(
            notAnOfficeFile(`có ${zipfile.entryCount} mục nén, quá giới hạn ${limits.maxEntries}.`),
          );
        }
        const entries: Entry[] = [];
        zipfile.on('entry', (entry: Entry) => {
          entries.push(entry);
          zipfile.readEntry();
        });
        zipfile.on('end', () => resolve({ entries, entryCount: zipfile.entryCount }));
        zipfile.on('error', reject);
        zipfile.readEntry();
      },
    );
  });
}

/** The end record: last 22 bytes, no comment, one disk, no ZIP64 markers. */
function endRecord(bytes: Buffer, entryCount: number): { cdOffset: number; cdSize: number; at: number } {
  const at = bytes.length - 22;
  if (at < 0 || bytes.readUInt32LE(at) !== END) refuse('có dữ liệu sau bản ghi kết thúc hoặc có chú thích.');
  const disk = bytes.readUInt16LE(at + 4);
  const cdDisk = bytes.readUInt16LE(at + 6);
  const onDisk = bytes.readUInt16LE(at + 8);
  const total = bytes.readUInt16LE(at + 10);
  const cdSize = bytes.readUInt32LE(at + 12);
  const cdOffset = bytes.readUInt32LE(at + 16);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    refuse('định dạng ZIP64 không được hỗ trợ.');
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total || total !== entryCount)
    refuse('bản ghi kết thúc không nhất quán.');
  if (cdOffset + cdSize !== at) refuse('danh mục nén không nằm ngay trước bản ghi kết thúc.');
  return { cdOffset, cdSize, at };
}

function decodeName(raw: Buffer, flags: number, parsed: string): string {
  let name: string;
  if (flags & FLAG_UTF8) {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      refuse('tên một mục nén không phải là UTF-8 hợp lệ.');
    }
  } else {
    if (/[^\x20-\x7e]/.test(raw.toString('latin1'))) refuse('tên một mục nén có ký tự không mã hóa UTF-8.');
    name = raw.toString('latin1');
  }
  if (name !== parsed || name.length === 0) refuse('tên một mục nén không đọc được.');
  return name;
}

interface Span {
  start: number;
  end: number;
  name: string;
}

/** Checks the local header and the data descriptor of `entry` against its central record; returns its data. */
function localEntry(bytes: Buffer, entry: Entry, rawName: Buffer): { span: Span; body: Buffer } {
  const lho = entry.relativeOffsetOfLocalHeader;
  const name = entry.fileName;
  if (lho + 30 > bytes.length || bytes.readUInt32LE(lho) !== LOCAL)
    refuse(`mục "${name}" không có phần đầu.`);
  const flags = bytes.readUInt16LE(lho + 6);
  const method = bytes.readUInt16LE(lho + 8);
  const crc = bytes.readUInt32LE(lho + 14);
  const csize = bytes.readUInt32LE(lho + 18);
  const usize = bytes.readUInt32LE(lho + 22);
  const nameLength = bytes.readUInt16LE(lho + 26);
  const extraLength = bytes.readUInt16LE(lho + 28);
  const localName = bytes.subarray(lho + 30, lho + 30 + nameLength);
  const mismatch = (what: string) => refuse(`mục "${name}" có ${what} ở phần đầu khác với danh mục nén.`);
  if (flags !== entry.generalPurposeBitFlag) mismatch('cờ');
  if (method !== entry.compressionMethod) mismatch('cách nén');
  if (!localName.equals(rawName)) mismatch('tên');
  const localExtra = bytes.subarray(lho + 30 + nameLength, lho + 30 + nameLength + extraLength);
  if (hasExtra(localExtra, EXTRA_UNICODE_PATH) || hasExtra(localExtra, EXTRA_ZIP64))
    refuse(`mục "${name}" có tên thứ hai hoặc trường ZIP64 ở phần đầu.`);
  const withDescriptor = (flags & FLAG_DESCRIPTOR) !== 0;
  const sameOrZero = (local: number, central: number) => local === central || (withDescriptor && local === 0);
  if (!sameOrZero(crc, entry.crc32)) mismatch('mã CRC');
  if (!sameOrZero(csize, entry.compressedSize) || !sameOrZero(usize, entry.uncompressedSize))
    mismatch('kích thước');
  const dataStart = lho + 30 + nameLength + extraLength;
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) refuse(`mục "${name}" vượt quá cuối tệp.`);
  let end = dataEnd;
  if (withDescriptor) {
    const signed = dataEnd + 4 <= bytes.length && bytes.readUInt32LE(dataEnd) === DESCRIPTOR;
    const at = signed ? dataEnd + 4 : dataEnd;
    if (at + 12 > bytes.length) refuse(`mục "${name}" thiếu phần mô tả dữ liệu.`);
    if (
      bytes.readUInt32LE(at) !== entry.crc32 ||
      bytes.readUInt32LE(at + 4) !== entry.compressedSize ||
      bytes.readUInt32LE(at + 8) !== entry.uncompressedSize
    )
      mismatch('phần mô tả dữ liệu');
    end = at + 12;
  }
  return { span: { start: lho, end, name }, body: bytes.subarray(dataStart, dataEnd) };
}

function hasExtra(extra: Buffer, id: number): boolean {
  for (let i = 0; i + 4 <= extra.length;) {
    if (extra.readUInt16LE(i) === id) return true;
    i += 4 + extra.readUInt16LE(i + 2);
  }
  return false;
}

function isInflateResult(value: unknown): value is { buffer: Buffer; engine: { bytesWritten: number } } {
  if (!value || typeof value !== 'object' || !('buffer' in value) || !('engine' in value)) return false;
  const engine = value.engine;
  return (
    Buffer.isBuffer(value.buffer) &&
    !!engine &&
    typeof engine === 'object' &&
    'bytesWritten' in engine &&
    typeof engine.bytesWritten === 'number'
  );
}

function inflate(body: Buffer, entry: Entry): Buffer {
  if (entry.compressionMethod === 0) return Buffer.from(body);
  let result: unknown;
  try {
    // info: the engine tells how many compressed bytes the stream used: all of them, or bytes hide after it.
    result = inflateRawSync(body, { info: true, maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    refuse(`mục "${entry.fileName}" giải nén không được hoặc lớn hơn kích thước đã khai.`);
  }
  if (!isInflateResult(result)) refuse(`mục "${entry.fileName}" giải nén không được.`);
  if (result.engine.bytesWritten !== body.length)
    refuse(`mục "${entry.fileName}" có dữ liệu thừa sau phần nén.`);
  return result.buffer;
}

function checkEntryHeader(entry: Entry, limits: ZipLimits): void {
  const name = entry.fileName;
  const flags = entry.generalPurposeBitFlag;
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS))
    refuse(`mục "${name}" được mã hóa; tệp Excel hợp lệ không mã hóa từng mục.`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    refuse(`mục "${name}" dùng cách nén chưa hỗ trợ (mã ${entry.compressionMethod}).`);
  if (entry.extraFields.some((f) => f.id === EXTRA_UNICODE_PATH || f.id === EXTRA_ZIP64))
    refuse(`mục "${name}" có tên thứ hai hoặc trường ZIP64.`);
  if (entry.fileCommentLength > 0) refuse(`mục "${name}" có chú thích.`);
  if (entry.uncompressedSize > limits.maxEntryBytes)
    refuse(
      `mục "${name}" khai kích thước giải nén ${mb(entry.uncompressedSize)}, quá giới hạn ${mb(limits.maxEntryBytes)} (có thể là tệp được tạo ra để làm tràn bộ nhớ).`,
    );
}

/** Reads every entry of a zip, or throws SignatureError TEP_KHONG_HOP_LE saying what is wrong. */
export async function readZip(bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): Promise<ZipEntry[]> {
  const deadline = Date.now() + limits.maxMillis;
  if (bytes.length > limits.maxArchiveBytes)
    refuse(`tệp lớn ${mb(bytes.length)}, quá giới hạn ${mb(limits.maxArchiveBytes)}.`);
  let listed: { entries: Entry[]; entryCount: number };
  try {
    listed = await listEntries(bytes, limits);
  } catch (error) {
    if (error instanceof SignatureError) throw error;
    refuse('không đọc được nội dung nén (cấu trúc nén hỏng hoặc bị sửa).');
  }
  const { entries, entryCount } = listed;
  if (entries.length !== entryCount) refuse('danh mục nén không đủ mục.');
  const end = endRecord(bytes, entryCount);

  let declared = 0;
  for (const entry of entries) {
    checkEntryHeader(entry, limits);
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxTotalBytes)
    refuse(
      `tổng kích thước giải nén ${mb(declared)}, quá giới hạn ${mb(limits.maxTotalBytes)} (có thể là tệp được tạo ra để làm tràn bộ nhớ).`,
    );

  // Central records are contiguous from the directory's start, in the order yauzl read them.
  let cursor = end.cdOffset;
  const spans: Span[] = [];
  const bodies: { entry: Entry; name: string; body: Buffer }[] = [];
  for (const entry of entries) {
    if (bytes.readUInt32LE(cursor) !== CENTRAL) refuse('danh mục nén hỏng.');
    const rawName = bytes.subarray(cursor + 46, cursor + 46 + entry.fileNameLength);
    cursor += 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
    const name = decodeName(rawName, entry.generalPurposeBitFlag, entry.fileName);
    const { span, body } = localEntry(bytes, entry, rawName);
    spans.push(span);
    bodies.push({ entry, name, body });
  }
  if (cursor !== end.at) refuse('danh mục nén có dữ liệu thừa.');

  // Every byte before the directory belongs to exactly one entry.
  spans.sort((a, b) => a.start - b.start);
  let covered = 0;
  for (const span of spans) {
    if (span.start < covered) refuse(`mục "${span.name}" chồng lên một mục khác.`);
    if (span.start > covered)
      refuse('có dữ liệu (có thể là một mục nén ẩn) không thuộc mục nào trong danh mục.');
    covered = span.end;
  }
  if (covered !== end.cdOffset)
    refuse('có dữ liệu (có thể là một mục nén ẩn) không thuộc mục nào trong danh mục.');

  const out: ZipEntry[] = [];
  for (const { entry, name, body } of bodies) {
    if (Date.now() > deadline) refuse('đọc tệp quá lâu; tệp có thể được tạo ra để làm treo máy.');
    const data = inflate(body, entry);
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32)
      refuse(`mục "${name}" không khớp kích thước hoặc mã CRC đã khai.`);
    const directory = name.endsWith('/');
    if (directory && data.length > 0) refuse(`mục thư mục "${name}" lại có nội dung.`);
    out.push({ name, directory, data, modified: entry.getLastModDate() });
  }
  return out;
}
