// Reading the report model back out of a workbook (tiendo inspect, the verify screen, the e-mail). The
// file may come from anywhere, so the part is found through the package relationships, parsed defensively
// and checked for the schema and the fields the readers use; anything else gives null. The meeting
// documents' models are found the same way (readEmbeddedJson, used by ../briefing/inspect.ts).
import { REPORT_MODEL_SCHEMA, type ReportModel } from '../../../shared/report/model';
import { MODEL_RELATIONSHIP } from './package';
import { readZipEntry } from './zipRead';

/** Target of the first relationship of `type` in /_rels/.rels, as a zip entry name. */
function partName(xlsx: Buffer, relationship: string): string | null {
  const rels = readZipEntry(xlsx, '_rels/.rels')?.toString('utf8');
  if (!rels) return null;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    const type = /\bType="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (type === relationship && target && !/^[a-z]+:/i.test(target)) return target.replace(/^\//, '');
  }
  return null;
}

function isModel(value: unknown): value is ReportModel {
  if (!value || typeof value !== 'object') return false;
  const m = value as Partial<ReportModel>;
  return (
    m.schema === REPORT_MODEL_SCHEMA &&
    typeof m.header?.subtitle === 'string' &&
    typeof m.period?.label === 'string' &&
    typeof m.summary?.taskSentence === 'string' &&
    Array.isArray(m.annex1?.groups) &&
    Array.isArray(m.annex2?.groups)
  );
}

/** The JSON a TienDo relationship leads to (any document's embedded model), unchecked; null if none. */
export function readEmbeddedJson(xlsx: Buffer, relationship: string): unknown {
  const part = partName(xlsx, relationship);
  if (!part) return null;
  const bytes = readZipEntry(xlsx, part);
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

export function readReportModel(xlsx: Buffer): ReportModel | null {
  const parsed = readEmbeddedJson(xlsx, MODEL_RELATIONSHIP);
  return isModel(parsed) ? parsed : null;
}
