import { z } from 'zod';

/** One field a person must correct: its path in the input and what to fix (Vietnamese). */
export const fieldProblemSchema = z.object({ path: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof fieldProblemSchema>;
const fieldProblemsSchema = z.array(fieldProblemSchema);

/** An error whose message is meant for the person at the screen (Vietnamese, says what to do). */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
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
