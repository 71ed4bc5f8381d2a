// A fake of one compose item's `Office.CustomProperties`, kept in memory: the adapter, event and pane tests share it.
import type { OfficeCallback, OfficeResult } from "@/shared/call-office-async";

/** What Office hands a failed call: `error` of `Office.AsyncResult`. */
export type OfficeCallError = Pick<Office.Error, "code" | "name" | "message">;

export const officeInternalError: OfficeCallError = {
  code: 9002,
  name: "Internal Error",
  message: "An internal error occurred.",
};

/** A settled Office call: succeeded with `value`, or failed with `error` when `shouldFail`. */
export function settleOfficeCall<T>(
  value: T,
  shouldFail = false,
  error: OfficeCallError = officeInternalError,
): OfficeResult<T> {
  return shouldFail
    ? { status: "failed", value, error }
    : { status: "succeeded", value, error: null };
}

/** The custom properties as the adapter and the pane type them (`getAll` is Mailbox 1.11). */
export interface CustomPropertiesFake {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  getAll?(): Record<string, unknown>;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** What Exchange keeps (`saved`, replaced on each successful save) and every Office call made. */
export interface CustomPropertiesStore {
  saved: Record<string, string>;
  readonly calls: string[];
}

/**
 * One `loadCustomPropertiesAsync` result: a copy of `store.saved` that `saveAsync` writes back.
 * e.g. `createCustomPropertiesFake({ store, saveCallName: "saveCustomProperties" })`
 */
export function createCustomPropertiesFake(options: {
  readonly store: CustomPropertiesStore;
  /** How `saveAsync` is recorded in `store.calls`. */
  readonly saveCallName: string;
  readonly failSave?: boolean;
  readonly failError?: OfficeCallError;
  /** Without it the fake has no `getAll`, like clients below Mailbox 1.11. */
  readonly hasGetAll?: boolean;
  /** Runs each callback; the default runs it at once. */
  readonly later?: (run: () => void) => void;
}): CustomPropertiesFake {
  const { store } = options;
  const later = options.later ?? ((run: () => void) => run());
  const values: Record<string, string> = { ...store.saved };
  const properties: CustomPropertiesFake = {
    get: (name) => values[name],
    set: (name, value) => {
      values[name] = value;
    },
    remove: (name) => {
      delete values[name];
    },
    saveAsync: (done) => {
      store.calls.push(options.saveCallName);
      later(() => {
        if (!options.failSave) store.saved = { ...values };
        done(settleOfficeCall(undefined, options.failSave, options.failError));
      });
    },
  };
  if (options.hasGetAll ?? true) properties.getAll = () => ({ ...values });
  return properties;
}
