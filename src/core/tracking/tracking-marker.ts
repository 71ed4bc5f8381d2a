// Tempo's marker on tracked mail: one named single-value extended property whose value is a track id.

declare const brand: unique symbol;

/** A Tempo tracking id, the value of the marker property, e.g. `tt-7f3c9a2e-…`. */
export type TrackId = string & { readonly [brand]: "tempo_track_id" };

/**
 * The Graph id of the marker (GRAPH-FACTS "Consequences" 1, A2): a String named property in Tempo's
 * own property set. The name part is case-sensitive when filtered on (B7).
 */
export const tempoTrackIdPropertyId =
  "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId";

/** Brands a raw track id; the value is kept as is, e.g. `toTrackId("tt-1")` gives `"tt-1"`. */
export function toTrackId(raw: string): TrackId {
  return raw as TrackId;
}

/** The manifest's `<Id>`: Office stores the add-in's custom properties under `cecp-<this id>`. */
export const tempoAddInId = "5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb";

/**
 * Where Outlook keeps the custom properties an add-in set while composing ([MS-OXCEXT] 2.2.5,
 * GRAPH-FACTS A1): one JSON object, e.g. `{"tempoTrackId":"tt-…"}`, that survives into Sent Items.
 */
export const hostCustomPropertiesPropertyId = `String {00020329-0000-0000-C000-000000000046} Name cecp-${tempoAddInId}`;

/** The custom property name Tempo sets from compose; its value is the track id. */
export const trackIdCustomPropertyName = "tempoTrackId";

/**
 * Per-message tracking state: a versioned JSON document (see tracked-email.ts) kept on the Sent Items
 * copy itself, so the state follows the mailbox, not a device (GRAPH-FACTS "Consequences" 2).
 */
export const trackingStatePropertyId =
  "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackingState";

/**
 * The rep's explicit choice for one message, kept beside the track id (`"on"` or `"off"`), so
 * "track by default" never overrides it. Absent means the rep has not chosen.
 */
export const trackingChoiceCustomPropertyName = "tempoTracking";

export const TrackingChoice = { on: "on", off: "off" } as const;
export type TrackingChoice = (typeof TrackingChoice)[keyof typeof TrackingChoice];

/** Track ids Tempo writes look like `tt-<uuid>`; anything else found on an item is not Tempo's. */
export function isTrackIdText(value: unknown): value is string {
  return typeof value === "string" && /^tt-[0-9A-Za-z-]{1,64}$/.test(value);
}

/**
 * A track id from 16 random bytes, as a UUID v4: the caller brings the randomness (core reads no
 * source of it). e.g. sixteen 0xff bytes give `tt-ffffffff-ffff-4fff-bfff-ffffffffffff`.
 */
export function trackIdFromRandomBytes(bytes: Readonly<Uint8Array>): TrackId {
  const uuidBytes = Array.from({ length: 16 }, (_, index) => bytes[index] ?? 0);
  uuidBytes[6] = ((uuidBytes[6] ?? 0) & 0x0f) | 0x40;
  uuidBytes[8] = ((uuidBytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = uuidBytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return toTrackId(
    `tt-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  );
}
