// Turns one Office `*Async` call into a Promise that rejects with an `office_call_failed` AppError.
// Both the panes (src/ui) and the Office adapters use it, and neither layer may import the other.
import { createAppError } from "../core/errors/app-error";

/** What an Office callback hands back; the real `Office.AsyncResult` is a superset of it. */
export interface OfficeResult<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  readonly error?: Pick<Office.Error, "code" | "name" | "message"> | null;
}

export type OfficeCallback<T> = (result: OfficeResult<T>) => void;

/** `Office.AsyncResultStatus`: its `Failed` value differs between the d.ts and the runtime. */
export interface OfficeAsyncStatus {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
}

/**
 * Runs `invoke` with a callback and settles on its result; a thrown call is mapped too. `api`, when
 * given, names the call in the error's details.
 * e.g. `await callOfficeAsync(office, (done) => settings.saveAsync(done))`
 */
export function callOfficeAsync<T>(
  office: OfficeAsyncStatus,
  invoke: (callback: OfficeCallback<T>) => void,
  api?: string,
): Promise<T> {
  const apiDetails = api === undefined ? {} : { api };
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        const hasFailed = result.status === office.AsyncResultStatus.Failed;
        if (hasFailed) {
          reject(
            createAppError("office_call_failed", {
              cause: result.error,
              details: {
                ...apiDetails,
                officeErrorCode: result.error?.code,
                officeErrorName: result.error?.name,
              },
            }),
          );
          return;
        }
        resolve(result.value);
      });
    } catch (cause: unknown) {
      reject(
        createAppError("office_call_failed", {
          cause,
          details: api === undefined ? undefined : apiDetails,
        }),
      );
    }
  });
}
