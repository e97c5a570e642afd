// A form's resolver schema: z.object(its text fields) read into values, then checked with the contract's
// own schema (shared/api/schemas.ts), so the rules the backend applies run in the form, next to each field.
import { z } from 'zod';

/**
 * Checks a form's read values with a contract schema, its issues landing on the same field paths
 * (used through checkedForm). `messages` says a field's problem in the
 * form's own words (a pillar's order: "Thứ tự là số nguyên từ 0 đến 10.000.") instead of zod's.
 */
const checkedBy =
  <S extends z.ZodType>(
    schema: S,
    messages: Record<string, string> = {},
    /** Folds a path onto the form's field ('recipients.2' -> 'recipients': one box holds every line). */
    fieldOf: (path: string) => string = (path) => path,
  ) =>
  (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = fieldOf(issue.path.map(String).join('.'));
      ctx.addIssue({ code: 'custom', message: messages[path] ?? issue.message, path: path.split('.') });
    }
    return z.NEVER;
  };

/** Reports the contract's issues on the fields that were read; a field that could not be read keeps its own. */
const checkedBeside =
  (schema: z.ZodType, messages: Record<string, string>, fieldOf: (path: string) => string) =>
  (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = fieldOf(issue.path.map(String).join('.'));
      const top = path.split('.')[0]!;
      if (value[top] === z.NEVER) continue; // unread: its reading error is already there
      ctx.addIssue({ code: 'custom', message: messages[path] ?? issue.message, path: path.split('.') });
    }
  };

/**
 * A form's resolver schema: its text fields read (`texts`), then checked with a contract schema. zod stops
 * before a transform once any field fails, so the contract's rules would wait for every date to be
 * readable; the refinement runs them beside the reading errors, so every field with a problem is marked
 * at the first save (the number of the meeting and its unreadable date together), as before.
 */
export const checkedForm = <T extends z.ZodObject, S extends z.ZodType>(
  texts: T,
  schema: S,
  messages: Record<string, string> = {},
  fieldOf: (path: string) => string = (path) => path,
) =>
  texts
    .superRefine(checkedBeside(schema, messages, fieldOf), {
      when: (payload) =>
        payload.issues.length > 0 && typeof payload.value === 'object' && payload.value !== null,
    })
    .transform(checkedBy(schema, messages, fieldOf));
