// The tracking mark a compose item carries in its custom properties: how it is read, changed and sized.
// The pane (src/ui) and the event runtime (src/adapters/office) both write it; the Office calls stay there.
import { createAppError } from "../errors/app-error";
import {
  isTrackIdText,
  toTrackId,
  trackIdCustomPropertyName,
  TrackingChoice,
  trackingChoiceCustomPropertyName,
  type TrackId,
} from "./tracking-marker";

/** What the item carries. */
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
 * The mark, from a custom-property getter; values that are not Tempo's read as absent.
 * e.g. `{ tempoTrackId: "tt-1", tempoTracking: "on" }` gives `{ trackId: "tt-1", choice: "on" }`.
 */
export function readComposeTrackingMark(get: (name: string) => unknown): ComposeTrackingMark {
  const trackId = get(trackIdCustomPropertyName);
  const choice = get(trackingChoiceCustomPropertyName);
  const isChoice = choice === TrackingChoice.on || choice === TrackingChoice.off;
  return {
    trackId: isTrackIdText(trackId) ? toTrackId(trackId) : undefined,
    choice: isChoice ? choice : undefined,
  };
}

/**
 * The mark after tracking is turned on (keeping an existing track id; `createTrackId` is called only
 * when there is none) or off, with the rep's choice, if any.
 * e.g. on from `{ trackId: undefined }` with choice "on" gives `{ trackId: createTrackId(), choice: "on" }`.
 */
export function changeComposeTrackingMark(options: {
  readonly current: ComposeTrackingMark;
  readonly isTracked: boolean;
  readonly choice: TrackingChoice | undefined;
  readonly createTrackId: () => TrackId;
}): ComposeTrackingMark {
  const { current, isTracked, choice } = options;
  const trackId = isTracked ? (current.trackId ?? options.createTrackId()) : undefined;
  return { trackId, choice };
}

/**
 * The custom properties that hold the mark; `undefined` means the property is removed.
 * e.g. `{ trackId: undefined, choice: "off" }` gives `{ tempoTrackId: undefined, tempoTracking: "off" }`.
 */
export function toComposeTrackingMarkProperties(
  mark: ComposeTrackingMark,
): Readonly<Record<string, string | undefined>> {
  return {
    [trackIdCustomPropertyName]: mark.trackId,
    [trackingChoiceCustomPropertyName]: mark.choice,
  };
}

/**
 * Throws `tracking_mark_too_large` (details: chars, maxChars) when the add-in's custom properties,
 * as Outlook serializes them, exceed `customPropertiesMaxChars`.
 */
export function assertCustomPropertiesWithinCap(all: Readonly<Record<string, unknown>>): void {
  const chars = JSON.stringify(all).length;
  if (chars > customPropertiesMaxChars) {
    throw createAppError("tracking_mark_too_large", {
      details: { chars, maxChars: customPropertiesMaxChars },
    });
  }
}
