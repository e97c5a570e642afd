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
