// TrackingCursorStore over Office roaming settings: the delta links of reply detection, kept per mailbox.
import { createAppError } from "../../core/errors/app-error";
import type { WatchedFolder } from "../../ports/mail-api";
import type { TrackingCursor, TrackingCursorStore } from "../../ports/tracking-cursor-store";

/** What an Office callback hands back; `Office.AsyncResult` is a superset of it. */
export interface RoamingSaveResult {
  readonly status: Office.AsyncResultStatus | string;
  readonly error?: Pick<Office.Error, "code" | "name" | "message"> | null;
}

/** The slice of `Office.RoamingSettings` the store uses. */
export interface RoamingSettingsSlice {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: RoamingSaveResult) => void): void;
}

/** The slice of Office.js the store reads; the real `Office` fits, and so does a test fake. */
export interface OfficeRoamingApi {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
  readonly context: { readonly roamingSettings?: RoamingSettingsSlice | null };
}

/** The roaming-settings key; changing it makes every mailbox start reply detection over. */
export const trackingCursorKey = "tempo.trackingCursor";

/** A delta link is a Graph URL with an opaque token; anything longer is not one (32 KB in all, F15). */
const maxDeltaLinkChars = 8 * 1024;
const watchedFolders: readonly WatchedFolder[] = ["inbox", "junkemail"];

function readObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  return isObject ? (value as Readonly<Record<string, unknown>>) : undefined;
}

/** Parses a stored JSON string; anything that is not JSON is simply no cursor. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The cursor in a stored value, tolerantly: an object or its JSON text; a link that is not a
 * string of sane length is dropped (that folder starts over), and anything not version 1 is no
 * cursor at all. e.g. `{ version: 1, deltaLinks: { inbox: "https://…", junkemail: 7 } }` gives
 * `{ version: 1, deltaLinks: { inbox: "https://…" } }`.
 */
export function readTrackingCursor(stored: unknown): TrackingCursor | undefined {
  const raw = readObject(typeof stored === "string" ? readJson(stored) : stored);
  if (raw === undefined || raw["version"] !== 1) return undefined;
  const links = readObject(raw["deltaLinks"]) ?? {};
  const deltaLinks: Partial<Record<WatchedFolder, string>> = {};
  for (const folder of watchedFolders) {
    const link = links[folder];
    if (typeof link === "string" && link !== "" && link.length <= maxDeltaLinkChars)
      deltaLinks[folder] = link;
  }
  const lastSyncedAt = raw["lastSyncedAt"];
  const isInstant = typeof lastSyncedAt === "string" && !Number.isNaN(Date.parse(lastSyncedAt));
  return { version: 1, deltaLinks, ...(isInstant ? { lastSyncedAt } : {}) };
}

/**
 * Keeps the cursor in roaming settings (GRAPH-FACTS F15: 32 KB for the whole add-in, so only the
 * links and a time). Office may load after the bundle, so Office is read on each call.
 */
export class RoamingCursorStore implements TrackingCursorStore {
  private readonly readOffice: () => OfficeRoamingApi | undefined;

  constructor(readOffice: () => OfficeRoamingApi | undefined) {
    this.readOffice = readOffice;
  }

  read(): TrackingCursor | undefined {
    const settings = this.readOffice()?.context.roamingSettings ?? undefined;
    return settings === undefined ? undefined : readTrackingCursor(settings.get(trackingCursorKey));
  }

  /**
   * Sets the cursor and saves the add-in's settings. When saving fails, the cursor stays set in this
   * pane's memory (the state writes it follows have landed) and the call rejects with
   * `storage_failed`; another pane or device then replays from the older link, which is harmless.
   */
  write(cursor: TrackingCursor): Promise<void> {
    const office = this.readOffice();
    const settings = office?.context.roamingSettings ?? undefined;
    if (office === undefined || settings === undefined)
      return Promise.reject(
        createAppError("office_api_unsupported", { details: { setting: trackingCursorKey } }),
      );
    const value: TrackingCursor = {
      version: 1,
      deltaLinks: { ...cursor.deltaLinks },
      ...(cursor.lastSyncedAt === undefined ? {} : { lastSyncedAt: cursor.lastSyncedAt }),
    };
    return new Promise<void>((resolve, reject) => {
      const fail = (cause: unknown, error?: RoamingSaveResult["error"]) =>
        reject(
          createAppError("storage_failed", {
            cause,
            details: { officeErrorCode: error?.code, officeErrorName: error?.name },
          }),
        );
      try {
        settings.set(trackingCursorKey, value);
        settings.saveAsync((result) => {
          if (result.status === office.AsyncResultStatus.Failed) fail(result.error, result.error);
          else resolve();
        });
      } catch (cause: unknown) {
        fail(cause);
      }
    });
  }
}
