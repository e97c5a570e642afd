import { z } from 'zod';
import { codeOf, sayVi, type Params } from '../shared/errors/wording';
import type { MessageKey, ParamsOf } from '../shared/errors/catalogue';

/**
 * One field a person must correct: its path in the input and what to fix (Vietnamese), with the
 * message's key and parameters (shared/errors) when it has them, so the renderer can word it in English.
 */
export const fieldProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;
const fieldProblemsSchema = z.array(fieldProblemSchema);

/** An error whose message is meant for the person at the screen (Vietnamese, says what to do). */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
    /** The catalogue key and parameters of the message (shared/errors/catalogue.ts), when it has one. */
    public readonly keyed?: { key: MessageKey; params: Params },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * An AppError from the message catalogue: its code and Vietnamese message come from the key, and the key
 * and parameters travel with it so the renderer words it in the person's language.
 */
export function appError<K extends MessageKey>(key: K, params: ParamsOf<K>, details?: unknown): AppError {
  return new AppError(codeOf(key), sayVi(key, params), details, { key, params });
}

/** A field problem from the catalogue, for AppError details. */
export function fieldProblem<K extends MessageKey>(path: string, key: K, params: ParamsOf<K>): FieldProblem {
  return { path, message: sayVi(key, params), key, params };
}

/**
 * The fields an AppError names, when its details are a field list (validation and uniqueness errors);
 * other details (an SMTP code, a damaged file's report) give undefined. Checked, not cast: details may
 * also come back from another process.
 */
export function fieldProblems(error: AppError): FieldProblem[] | undefined {
  const parsed = fieldProblemsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : undefined;
}
