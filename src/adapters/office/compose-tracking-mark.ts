// Reads, sets and clears Tempo's tracking mark (Office custom properties) on the message being composed.
import { createAppError } from "../../core/errors/app-error";
import {
  isTrackIdText,
  toTrackId,
  trackIdCustomPropertyName,
  TrackingChoice,
  trackingChoiceCustomPropertyName,
  trackIdFromRandomBytes,
  type TrackId,
} from "../../core/tracking/tracking-marker";

/** What an Office callback hands back; `Office.AsyncResult` is a superset of it. */
export interface MarkAsyncResult<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  readonly error?: Pick<Office.Error, "code" | "name" | "message"> | null;
}

type MarkCallback<T> = (result: MarkAsyncResult<T>) => void;

/** The slice of `Office.CustomProperties` the mark uses (`getAll` is Mailbox 1.11). */
export interface MarkCustomProperties {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  getAll?(): Record<string, unknown>;
  saveAsync(callback: MarkCallback<void>): void;
}

/** The slice of `Office.MessageCompose` the mark uses; `saveAsync` is Mailbox 1.3. */
export interface MarkableComposeItem {
  loadCustomPropertiesAsync?(callback: MarkCallback<MarkCustomProperties>): void;
  saveAsync?(callback: MarkCallback<string>): void;
}

/** What the item carries now. */
export interface ComposeTrackingMark {
  /** The track id when the message is marked. */
  readonly trackId: TrackId | undefined;
  /** The rep's explicit choice, when there is one. */
  readonly choice: TrackingChoice | undefined;
}

/**
 * All custom properties of one add-in on one item share 2,500 characters, and every Outlook client
 * fails beyond it (learn.microsoft.com/office/dev/add-ins/outlook/limits-for-activation-and-javascript-api-for-outlook-add-ins).
 */
export const customPropertiesMaxChars = 2500;

/**
 * A random `tt-<uuid v4>`. Classic Outlook's JS-only runtime has been seen without `crypto`
 * (office-js#4450); a track id only has to be unique within one mailbox, so Math.random serves there.
 */
export function createRandomTrackId(): TrackId {
  const bytes = new Uint8Array(16);
  const hasCrypto = typeof globalThis.crypto?.getRandomValues === "function";
  if (hasCrypto) globalThis.crypto.getRandomValues(bytes);
  else bytes.forEach((_, index) => (bytes[index] = Math.floor(Math.random() * 256)));
  return trackIdFromRandomBytes(bytes);
}

function readChoice(value: unknown): TrackingChoice | undefined {
  return value === TrackingChoice.on || value === TrackingChoice.off ? value : undefined;
}

/** Marks and unmarks one compose item; every rejection is an AppError. */
export class OfficeComposeTrackingMark {
  private readonly item: MarkableComposeItem;
  private readonly failedStatus: Office.AsyncResultStatus | string;
  private readonly createTrackId: () => TrackId;

  constructor(options: {
    item: MarkableComposeItem;
    /** `Office.AsyncResultStatus`: its `Failed` value differs between the d.ts and the runtime. */
    asyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
    createTrackId?: () => TrackId;
  }) {
    this.item = options.item;
    this.failedStatus = options.asyncResultStatus.Failed;
    this.createTrackId = options.createTrackId ?? createRandomTrackId;
  }

  /** e.g. gives `{ trackId: "tt-1", choice: "on" }` after `track({ choice: "on" })`. */
  async read(): Promise<ComposeTrackingMark> {
    const properties = await this.load();
    const trackId = properties.get(trackIdCustomPropertyName);
    return {
      trackId: isTrackIdText(trackId) ? toTrackId(trackId) : undefined,
      choice: readChoice(properties.get(trackingChoiceCustomPropertyName)),
    };
  }

  /**
   * Marks the item (keeping an existing track id), records the rep's choice when given, and saves
   * the custom properties and then the item: classic Outlook on Windows persists compose-time custom
   * properties only after `item.saveAsync`. e.g. gives `{ trackId: "tt-…", choice: "on" }`.
   */
  async track(options: { choice?: TrackingChoice } = {}): Promise<ComposeTrackingMark> {
    const properties = await this.load();
    const existing = properties.get(trackIdCustomPropertyName);
    const trackId = isTrackIdText(existing) ? toTrackId(existing) : this.createTrackId();
    properties.set(trackIdCustomPropertyName, trackId);
    if (options.choice === undefined) {
      properties.remove(trackingChoiceCustomPropertyName);
    } else {
      properties.set(trackingChoiceCustomPropertyName, options.choice);
    }
    this.assertWithinCap(properties);
    await this.save(properties);
    return { trackId, choice: options.choice };
  }

  /**
   * Removes the track id; with `choice: "off"` also records that the rep turned tracking off, so
   * OnMessageSend's default does not mark it again. e.g. gives `{ trackId: undefined, choice: "off" }`.
   */
  async untrack(options: { choice?: TrackingChoice } = {}): Promise<ComposeTrackingMark> {
    const properties = await this.load();
    properties.remove(trackIdCustomPropertyName);
    if (options.choice === undefined) {
      properties.remove(trackingChoiceCustomPropertyName);
    } else {
      properties.set(trackingChoiceCustomPropertyName, options.choice);
    }
    await this.save(properties);
    return { trackId: undefined, choice: options.choice };
  }

  private load(): Promise<MarkCustomProperties> {
    const { item } = this;
    if (typeof item.loadCustomPropertiesAsync !== "function") {
      return Promise.reject(
        createAppError("office_api_unsupported", {
          details: { api: "item.loadCustomPropertiesAsync" },
        }),
      );
    }
    return this.call<MarkCustomProperties>("loadCustomPropertiesAsync", (done) =>
      item.loadCustomPropertiesAsync?.(done),
    );
  }

  private async save(properties: MarkCustomProperties): Promise<void> {
    await this.call<void>("customProperties.saveAsync", (done) => properties.saveAsync(done));
    const { item } = this;
    // Below Mailbox 1.3 there is no item.saveAsync; only classic Windows needs it, and it has 1.3+.
    if (typeof item.saveAsync === "function") {
      await this.call<string>("item.saveAsync", (done) => item.saveAsync?.(done));
    }
  }

  private assertWithinCap(properties: MarkCustomProperties): void {
    const all =
      typeof properties.getAll === "function"
        ? properties.getAll()
        : {
            [trackIdCustomPropertyName]: properties.get(trackIdCustomPropertyName),
            [trackingChoiceCustomPropertyName]: properties.get(trackingChoiceCustomPropertyName),
          };
    const chars = JSON.stringify(all).length;
    if (chars > customPropertiesMaxChars) {
      throw createAppError("tracking_mark_too_large", {
        details: { chars, maxChars: customPropertiesMaxChars },
      });
    }
  }

  private call<T>(api: string, invoke: (callback: MarkCallback<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      try {
        invoke((result) => {
          const hasFailed = result.status === this.failedStatus;
          if (hasFailed) {
            reject(
              createAppError("office_call_failed", {
                cause: result.error,
                details: {
                  api,
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
        reject(createAppError("office_call_failed", { cause, details: { api } }));
      }
    });
  }
}
