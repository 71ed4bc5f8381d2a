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
