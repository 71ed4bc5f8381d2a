// The compose item's tracking mark as the pane sees it: read on open, written when the rep flips Track.
// Panes may not import adapters (eslint), so this follows src/ui/hooks: Office through useOfficeContext.
// The mark's rules live in src/core/tracking/compose-tracking-mark.ts, shared with the event runtime.
import { useCallback, useEffect, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import {
  assertCustomPropertiesWithinCap,
  changeComposeTrackingMark,
  readComposeTrackingMark,
  toComposeTrackingMarkProperties,
  type ComposeTrackingMark,
} from "@/core/tracking/compose-tracking-mark";
import {
  TrackingChoice,
  trackIdFromRandomBytes,
  type TrackId,
} from "@/core/tracking/tracking-marker";
import { callOfficeAsync } from "@/ui/hooks/call-office-async";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import type { MailItemApi, OfficeApi, OfficeCallback } from "@/ui/hooks/office-api";

/** The slice of `Office.CustomProperties` the pane uses (`getAll` is Mailbox 1.11). */
export interface PaneCustomProperties {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  getAll?(): Record<string, unknown>;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** A compose item that can carry custom properties; `saveAsync` is Mailbox 1.3. */
export interface MarkableItemApi {
  loadCustomPropertiesAsync(callback: OfficeCallback<PaneCustomProperties>): void;
  saveAsync?(callback: OfficeCallback<string>): void;
}

/** Real Outlook items always have custom properties (Mailbox 1.1); only a stripped host lacks them. */
export function isMarkableItem(item: MailItemApi): item is MailItemApi & MarkableItemApi {
  return typeof (item as Partial<MarkableItemApi>).loadCustomPropertiesAsync === "function";
}

export type TrackingMark = ComposeTrackingMark;

export type TrackingMarkState =
  /** Outside Office, or no item is being composed. */
  | { readonly status: "no_item" }
  | { readonly status: "loading" }
  | { readonly status: "unavailable"; readonly error: AppError }
  | { readonly status: "ready"; readonly mark: TrackingMark };

function readMark(properties: PaneCustomProperties): TrackingMark {
  return readComposeTrackingMark((name) => properties.get(name));
}

function newTrackId(): TrackId {
  return trackIdFromRandomBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Sets or clears the mark with the rep's choice, then saves the properties and the item. */
async function writeMark(
  office: OfficeApi,
  item: MarkableItemApi,
  isTracked: boolean,
): Promise<TrackingMark> {
  const properties = await callOfficeAsync<PaneCustomProperties>(office, (done) =>
    item.loadCustomPropertiesAsync(done),
  );
  const mark = changeComposeTrackingMark({
    current: readMark(properties),
    isTracked,
    choice: isTracked ? TrackingChoice.on : TrackingChoice.off,
    createTrackId: newTrackId,
  });
  const markProperties = toComposeTrackingMarkProperties(mark);
  for (const [name, value] of Object.entries(markProperties)) {
    if (value === undefined) properties.remove(name);
    else properties.set(name, value);
  }
  assertCustomPropertiesWithinCap(properties.getAll?.() ?? markProperties);
  await callOfficeAsync<void>(office, (done) => properties.saveAsync(done));
  // Classic Outlook on Windows keeps compose-time custom properties only once the item is saved.
  const saveItem = item.saveAsync?.bind(item);
  if (saveItem !== undefined) await callOfficeAsync<string>(office, (done) => saveItem(done));
  return mark;
}

export interface TrackingMarkController {
  readonly state: TrackingMarkState;
  readonly isSaving: boolean;
  /** What the rep just asked for, shown while it is being saved; undefined when nothing is pending. */
  readonly pendingIsTracked: boolean | undefined;
  /** The last failed write; the switch shows the mark as it really is. */
  readonly writeError: AppError | undefined;
  readonly setTracked: (isTracked: boolean) => Promise<void>;
}

function toAppError(cause: unknown): AppError {
  return isAppError(cause) ? cause : createAppError("office_call_failed", { cause });
}

/** Reads the open compose item's mark once, and writes the rep's choice to it. */
export function useTrackingMark(): TrackingMarkController {
  const office = useOfficeContext();
  const item = office?.context.mailbox?.item ?? undefined;
  const markable = item !== undefined && isMarkableItem(item) ? item : undefined;
  const [loaded, setLoaded] = useState<TrackingMarkState>({ status: "loading" });
  const [pendingIsTracked, setPendingIsTracked] = useState<boolean | undefined>(undefined);
  const [writeError, setWriteError] = useState<AppError | undefined>(undefined);

  useEffect(() => {
    if (!office || !markable) return undefined;
    let isCurrent = true;
    callOfficeAsync<PaneCustomProperties>(office, (done) =>
      markable.loadCustomPropertiesAsync(done),
    ).then(
      (properties) => isCurrent && setLoaded({ status: "ready", mark: readMark(properties) }),
      (cause: unknown) =>
        isCurrent && setLoaded({ status: "unavailable", error: toAppError(cause) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [office, markable]);

  const setTracked = useCallback(
    async (isTracked: boolean): Promise<void> => {
      if (!office || !markable) return;
      setPendingIsTracked(isTracked);
      setWriteError(undefined);
      try {
        const mark = await writeMark(office, markable, isTracked);
        setLoaded({ status: "ready", mark });
      } catch (cause: unknown) {
        setWriteError(toAppError(cause));
      } finally {
        setPendingIsTracked(undefined);
      }
    },
    [office, markable],
  );

  const state: TrackingMarkState =
    !office || !item
      ? { status: "no_item" }
      : !markable
        ? {
            status: "unavailable",
            error: createAppError("office_api_unsupported", {
              details: { api: "item.loadCustomPropertiesAsync" },
            }),
          }
        : loaded;
  const isSaving = pendingIsTracked !== undefined;
  return { state, isSaving, pendingIsTracked, writeError, setTracked };
}
