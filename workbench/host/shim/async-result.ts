// Office's AsyncResult contract: argument juggling for (options?, callback?) and asynchronous callbacks.
import type { WireError } from "../protocol";

export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

const statusSucceeded = "succeeded" as unknown as Office.AsyncResultStatus;
const statusFailed = "failed" as unknown as Office.AsyncResultStatus;

/** Office.js passes `Office.AsyncResultStatus` as the strings "succeeded"/"failed" at run time. */
export const asyncResultStatus = { Succeeded: statusSucceeded, Failed: statusFailed };

/** Splits the optional (options, callback) tail every *Async method accepts. */
export function splitAsyncArgs<T, O extends object = Office.AsyncContextOptions>(
  optionsOrCallback: O | AsyncCallback<T> | undefined,
  maybeCallback: AsyncCallback<T> | undefined,
): { options: Partial<O> & { asyncContext?: unknown }; callback: AsyncCallback<T> | undefined } {
  if (typeof optionsOrCallback === "function") return { options: {}, callback: optionsOrCallback };
  return { options: optionsOrCallback ?? {}, callback: maybeCallback };
}

function buildResult<T>(
  value: T,
  error: WireError | undefined,
  asyncContext: unknown,
): Office.AsyncResult<T> {
  const isFailed = error !== undefined;
  return {
    status: isFailed ? statusFailed : statusSucceeded,
    value,
    // Office leaves `error` undefined on success; the type says Office.Error, so the cast mirrors reality.
    error: error as Office.Error,
    asyncContext,
    diagnostics: undefined,
  };
}

/** Calls back on a later task, as Office does even for values it already holds. */
export function callBackLater<T>(
  callback: AsyncCallback<T> | undefined,
  outcome: { value: T } | { error: WireError },
  asyncContext: unknown,
): void {
  if (callback === undefined) return;
  const result =
    "error" in outcome
      ? buildResult(undefined as T, outcome.error, asyncContext)
      : buildResult(outcome.value, undefined, asyncContext);
  setTimeout(() => callback(result), 0);
}

/** Converts anything a transport rejects with into an Office-shaped error. */
export function toWireError(error: unknown): WireError {
  const candidate = error as Partial<WireError> | null;
  const isWireError =
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.code === "number" &&
    typeof candidate.name === "string";
  if (isWireError) {
    return {
      code: candidate.code ?? 9020,
      name: candidate.name ?? "",
      message: candidate.message ?? "",
    };
  }
  const message = error instanceof Error ? error.message : "The host did not answer.";
  return { code: 9020, name: "GenericResponseError", message };
}

/** Runs a host call and reports it through the callback, mapping the answer with `map`. */
export function settleLater<R, T>(
  call: Promise<R>,
  map: (value: R) => T,
  callback: AsyncCallback<T> | undefined,
  asyncContext: unknown,
): void {
  call.then(
    (value) => callBackLater(callback, { value: map(value) }, asyncContext),
    (error: unknown) => callBackLater<T>(callback, { error: toWireError(error) }, asyncContext),
  );
}
