// Test fake of the Office slice the event handlers read: roaming settings, the owner, and one compose item.
import {
  createCustomPropertiesFake,
  settleOfficeCall,
  type OfficeCallError,
} from "../testing/custom-properties-fake";
import type { MarkAsyncResult } from "../adapters/office/compose-tracking-mark";
import type { EventComposeItem, EventOffice } from "./default-tracking";

const failed = "failed";
const failedError: OfficeCallError = { code: 9002, name: "Internal Error", message: "Failed." };

function settle<T>(value: T, shouldFail = false): MarkAsyncResult<T> {
  return settleOfficeCall(value, shouldFail, failedError);
}

export interface EventOfficeFake {
  readonly office: EventOffice;
  /** The custom properties Exchange would keep (after customProperties.saveAsync). */
  readonly saved: Record<string, string>;
  /** Every Office call in order, e.g. `["load", "saveCustomProperties", "saveItem"]`. */
  readonly calls: string[];
}

export function createEventOfficeFake(
  options: {
    to?: readonly string[];
    cc?: readonly string[];
    settings?: Record<string, unknown>;
    saved?: Record<string, string>;
    ownEmailAddress?: string;
    hasItem?: boolean;
    failRecipients?: boolean;
    failSave?: boolean;
    /** Delays every callback by this many ms (with fake timers, the test advances them). */
    delayMs?: number;
  } = {},
): EventOfficeFake {
  const later = (run: () => void) => {
    if (options.delayMs === undefined) run();
    else setTimeout(run, options.delayMs);
  };
  const state = { saved: { ...options.saved }, calls: [] as string[] };
  const recipients = (list: readonly string[] = []) => ({
    getAsync: (callback: (result: MarkAsyncResult<Array<{ emailAddress: string }>>) => void) => {
      state.calls.push("getRecipients");
      later(() =>
        callback(
          settle(
            list.map((emailAddress) => ({ emailAddress })),
            options.failRecipients,
          ),
        ),
      );
    },
  });
  const item: EventComposeItem = {
    to: recipients(options.to),
    cc: recipients(options.cc),
    loadCustomPropertiesAsync(callback) {
      state.calls.push("load");
      const properties = createCustomPropertiesFake({
        store: state,
        saveCallName: "saveCustomProperties",
        failSave: options.failSave,
        failError: failedError,
        later,
      });
      later(() => callback(settle(properties)));
    },
    saveAsync(callback) {
      state.calls.push("saveItem");
      later(() => callback(settle("AAMkAD-draft")));
    },
  };
  const settings = new Map(Object.entries(options.settings ?? {}));
  const office: EventOffice = {
    AsyncResultStatus: { Failed: failed },
    context: {
      roamingSettings: { get: (name: string) => settings.get(name) },
      mailbox: {
        userProfile: { emailAddress: options.ownEmailAddress ?? "alex.wilber@contoso.com" },
        item: options.hasItem === false ? null : item,
      },
    },
  };
  return {
    office,
    get saved() {
      return state.saved;
    },
    calls: state.calls,
  };
}
