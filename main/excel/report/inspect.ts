// Reading the report model back out of a workbook (tiendo inspect, the verify screen, the e-mail). The
// file may come from anywhere, so it is read once, strictly, together with its signature
// (openVerifiedPackage): the model comes only from the part a signed relationship of /_rels/.rels leads to
// in a file whose signature holds, or from an unsigned file marked as such; it is parsed as hostile JSON and
// checked with a zod schema (./modelSchemas.ts) for every field a reader prints. The meeting documents' models are found the same
// way (embeddedJson, used by ../briefing/inspect.ts).
import type { z } from 'zod';
import { openVerifiedPackage, type VerifiedPackage } from '../signature';
import { EmbeddedJsonError, parseEmbeddedJson } from './embeddedJson';
import { embeddedReport, problemInVietnamese, type EmbeddedReport } from './modelSchemas';
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

/**
 * Checks an embedded model against its zod schema (./modelSchemas.ts); a model of the wrong shape is
 * refused, not shown, with the first field that is wrong named in Vietnamese.
 */
export function checkedModel<S extends z.ZodType>(
  found: EmbeddedModel<unknown>,
  schema: S,
  what: string,
): EmbeddedModel<z.infer<S>> {
  if (found.status === 'absent' || found.status === 'refused') return found;
  const parsed = schema.safeParse(found.model, { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      status: 'refused',
      message: `Dữ liệu ${what} kèm theo không đúng mẫu của TienDo (có thể đã bị sửa)${first ? `: ${problemInVietnamese(first)}` : ''}.`,
    };
  }
  return { status: found.status, model: parsed.data };
}

export function reportModelOf(pkg: VerifiedPackage): EmbeddedModel<EmbeddedReport> {
  return checkedModel(embeddedJson(pkg, MODEL_RELATIONSHIP), embeddedReport, 'báo cáo');
}

/** The model of a signed file whose signature holds, or of an unsigned file; null otherwise. */
export async function readReportModel(xlsx: Buffer): Promise<EmbeddedReport | null> {
  const found = reportModelOf(await openVerifiedPackage(xlsx));
  return found.status === 'signed' || found.status === 'unsigned' ? found.model : null;
}
