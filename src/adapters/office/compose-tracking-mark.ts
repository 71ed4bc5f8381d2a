// Reads, sets and clears Tempo's tracking mark (Office custom properties) on the message being composed.
import { createAppError } from "../../core/errors/app-error";
import {
  assertCustomPropertiesWithinCap,
  changeComposeTrackingMark,
  readComposeTrackingMark,
  toComposeTrackingMarkProperties,
  type ComposeTrackingMark,
} from "../../core/tracking/compose-tracking-mark";
import { trackIdFromRandomBytes } from "../../core/tracking/tracking-marker";
import { callOfficeAsync } from "../../shared/call-office-async";
import type { TrackId, TrackingChoice } from "../../core/tracking/tracking-marker";
import type { OfficeCallback, OfficeResult } from "../../shared/call-office-async";

export type { ComposeTrackingMark } from "../../core/tracking/compose-tracking-mark";

/** What an Office callback hands back; `Office.AsyncResult` is a superset of it. */
export type MarkAsyncResult<T> = OfficeResult<T>;

type MarkCallback<T> = OfficeCallback<T>;

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

/** Sets the mark's properties, removing those it leaves out. */
function writeMarkProperties(properties: MarkCustomProperties, mark: ComposeTrackingMark): void {
  for (const [name, value] of Object.entries(toComposeTrackingMarkProperties(mark))) {
    if (value === undefined) properties.remove(name);
    else properties.set(name, value);
  }
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
    return readComposeTrackingMark((name) => properties.get(name));
  }

  /**
   * Marks the item (keeping an existing track id), records the rep's choice when given, and saves
   * the custom properties and then the item: classic Outlook on Windows persists compose-time custom
   * properties only after `item.saveAsync`. e.g. gives `{ trackId: "tt-…", choice: "on" }`.
   */
  async track(options: { choice?: TrackingChoice } = {}): Promise<ComposeTrackingMark> {
    const properties = await this.load();
    const mark = changeComposeTrackingMark({
      current: readComposeTrackingMark((name) => properties.get(name)),
      isTracked: true,
      choice: options.choice,
      createTrackId: this.createTrackId,
    });
    writeMarkProperties(properties, mark);
    assertCustomPropertiesWithinCap(properties.getAll?.() ?? toComposeTrackingMarkProperties(mark));
    await this.save(properties);
    return mark;
  }

  /**
   * Removes the track id; with `choice: "off"` also records that the rep turned tracking off, so
   * OnMessageSend's default does not mark it again. e.g. gives `{ trackId: undefined, choice: "off" }`.
   */
  async untrack(options: { choice?: TrackingChoice } = {}): Promise<ComposeTrackingMark> {
    const properties = await this.load();
    const mark: ComposeTrackingMark = { trackId: undefined, choice: options.choice };
    writeMarkProperties(properties, mark);
    await this.save(properties);
    return mark;
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

  private call<T>(api: string, invoke: (callback: MarkCallback<T>) => void): Promise<T> {
    return callOfficeAsync<T>({ AsyncResultStatus: { Failed: this.failedStatus } }, invoke, api);
  }
}
