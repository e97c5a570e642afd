// Reading the report model back out of a workbook (tiendo inspect, the verify screen, the e-mail). The
// file may come from anywhere, so it is read once, strictly, together with its signature
// (openVerifiedPackage): the model comes only from the part a signed relationship of /_rels/.rels leads to
// in a file whose signature holds, or from an unsigned file marked as such; it is parsed as hostile JSON and
// checked for the schema and every field a reader prints. The meeting documents' models are found the same
// way (embeddedJson, used by ../briefing/inspect.ts).
import { REPORT_MODEL_SCHEMA, type ReportModel } from '../../../shared/report/model';
import { openVerifiedPackage, type VerifiedPackage } from '../signature';
import { EmbeddedJsonError, parseEmbeddedJson } from './embeddedJson';
import { MODEL_RELATIONSHIP } from './package';

/** What a reader gets of an embedded model: whether the signature vouches for it, or why there is none. */
export type EmbeddedModel<T> =
  { status: 'signed' | 'unsigned'; model: T } | { status: 'absent' } | { status: 'refused'; message: string };

/** The JSON a TienDo relationship leads to (any document's embedded model), not yet checked for its shape. */
export function embeddedJson(pkg: VerifiedPackage, relationship: string): EmbeddedModel<unknown> {
  const part = pkg.embeddedPart(relationship);
  if (part.status === 'absent' || part.status === 'refused') return part;
  try {
    return { status: part.status, model: parseEmbeddedJson(part.bytes, part.partName) };
  } catch (error) {
    if (error instanceof EmbeddedJsonError) return { status: 'refused', message: error.message };
    throw error;
  }
}

/** Narrows an embedded model by a shape check; a model of the wrong shape is refused, not shown. */
export function checkedModel<T>(
  found: EmbeddedModel<unknown>,
  isShape: (value: unknown) => value is T,
  what: string,
): EmbeddedModel<T> {
  if (found.status === 'absent' || found.status === 'refused') return found;
  if (!isShape(found.model))
    return {
      status: 'refused',
      message: `Dữ liệu ${what} kèm theo không đúng mẫu của TienDo (có thể đã bị sửa).`,
    };
  return { status: found.status, model: found.model };
}

const isString = (v: unknown): v is string => typeof v === 'string';
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
/** A record whose `keys` are all strings (other fields unchecked). */
export const hasStrings = (v: unknown, keys: string[]): v is Record<string, unknown> =>
  isRecord(v) && keys.every((k) => isString(v[k]));
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Every field tiendo inspect, the verify screen and the e-mail print, with the type they print it as. */
export function isReportModel(value: unknown): value is ReportModel {
  if (!isRecord(value) || value.schema !== REPORT_MODEL_SCHEMA) return false;
  const { header, period, summary, annex1, annex2 } = value;
  return (
    hasStrings(value, [
      'generatedAt',
      'province',
      'committee',
      'referenceDate',
      'docNumber',
      'intro',
      'closing',
    ]) &&
    hasStrings(header, ['docNumber', 'placeDateLine', 'title', 'subtitle', 'nation', 'motto']) &&
    isStringArray(header.issuingBody) &&
    hasStrings(period, ['key', 'label', 'from', 'to']) &&
    hasStrings(summary, ['taskSentence', 'indicatorSentence']) &&
    isRecord(annex1) &&
    Array.isArray(annex1.groups) &&
    isRecord(annex2) &&
    Array.isArray(annex2.groups)
  );
}

export function reportModelOf(pkg: VerifiedPackage): EmbeddedModel<ReportModel> {
  return checkedModel(embeddedJson(pkg, MODEL_RELATIONSHIP), isReportModel, 'báo cáo');
}

/** The model of a signed file whose signature holds, or of an unsigned file; null otherwise. */
export async function readReportModel(xlsx: Buffer): Promise<ReportModel | null> {
  const found = reportModelOf(await openVerifiedPackage(xlsx));
  return found.status === 'signed' || found.status === 'unsigned' ? found.model : null;
}
