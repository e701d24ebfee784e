/**
 * An expected failure with a stable code and a message for the user. Only its data crosses a
 * process boundary (`{code, message}`), never the Error object.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function toErrorData(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Непредвиденная ошибка: ${message}` };
}
