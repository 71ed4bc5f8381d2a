// The core's one way to say "this input is not valid": a returned value naming the field, never a throw.
import { AppErrorCode } from "../errors/app-error-codes";

/**
 * Convention for the pure core (STYLE.md B5): expected failures are values. A core function that can
 * reject its input returns `Outcome<T>`; the app layer turns `error` into
 * `createAppError("invalid_input", { details: { field } })` when it must cross a port.
 */
export interface InvalidInput {
  readonly code: typeof AppErrorCode.invalidInput;
  /** Path of the offending option, e.g. `"window.startUtc"` or `"busy[3].endUtc"`. */
  readonly field: string;
  readonly message: string;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | Failure;

export interface Failure {
  readonly ok: false;
  readonly error: InvalidInput;
}

/** e.g. `invalidInput("durationMinutes", "must be a positive whole number")` */
export function invalidInput(field: string, message: string): Failure {
  return { ok: false, error: { code: AppErrorCode.invalidInput, field, message } };
}

export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
