// The one error type that crosses Tempo's layers: a code to branch on, a cause, and safe details.
import { appErrorTexts, type AppErrorCode } from "./app-error-codes";

export type AppErrorDetails = Readonly<Record<string, string | number | boolean | undefined>>;

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, options: { cause?: unknown; details?: AppErrorDetails } = {}) {
    super(appErrorTexts[code].message, { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}

/**
 * Builds an AppError for a code; branch on `code`, never on the message.
 * e.g. `createAppError("graph_throttled", { details: { retryAfterSeconds: 5 } })`
 */
export function createAppError(
  code: AppErrorCode,
  options: { cause?: unknown; details?: AppErrorDetails } = {},
): AppError {
  return new AppError(code, options);
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
