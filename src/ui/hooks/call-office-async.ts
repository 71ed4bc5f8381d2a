// Turns one Office `*Async` call into a Promise that rejects with an `office_call_failed` AppError.
import { createAppError } from "@/core/errors/app-error";
import type { OfficeApi, OfficeCallback } from "./office-api";

/**
 * Runs `invoke` with a callback and settles on its result; a thrown call is mapped too.
 * e.g. `await callOfficeAsync(office, (done) => settings.saveAsync(done))`
 */
export function callOfficeAsync<T>(
  office: Pick<OfficeApi, "AsyncResultStatus">,
  invoke: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        const hasFailed = result.status === office.AsyncResultStatus.Failed;
        if (hasFailed) {
          reject(
            createAppError("office_call_failed", {
              cause: result.error,
              details: { officeErrorCode: result.error?.code, officeErrorName: result.error?.name },
            }),
          );
          return;
        }
        resolve(result.value);
      });
    } catch (cause: unknown) {
      reject(createAppError("office_call_failed", { cause }));
    }
  });
}
