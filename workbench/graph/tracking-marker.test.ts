// The workbench keeps its own copy of Tempo's marker id (the product never imports the workbench): both must agree.
import { tempoTrackIdPropertyId as productMarker } from "../../src/core/tracking/tracking-marker";
import { tempoTrackIdPropertyId as seedMarker } from "../demo/seed-demo-mailbox";
import { trackIdProperty } from "./test-support";

it("uses the same TempoTrackId property id as the product in the demo seed and the fake's tests", () => {
  expect([seedMarker, trackIdProperty]).toStrictEqual([productMarker, productMarker]);
});
