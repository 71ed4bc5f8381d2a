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
