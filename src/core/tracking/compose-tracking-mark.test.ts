// The compose tracking mark's pure rules: reading, turning on and off, property names, and the 2,500-character cap.
import { AppError } from "../errors/app-error";
import {
  assertCustomPropertiesWithinCap,
  changeComposeTrackingMark,
  readComposeTrackingMark,
  toComposeTrackingMarkProperties,
} from "./compose-tracking-mark";
import { toTrackId } from "./tracking-marker";

const fromRecord = (values: Record<string, unknown>) => (name: string) => values[name];

describe("readComposeTrackingMark", () => {
  it("reads Tempo's track id and the rep's choice", () => {
    expect(
      readComposeTrackingMark(fromRecord({ tempoTrackId: "tt-1", tempoTracking: "off" })),
    ).toStrictEqual({ trackId: "tt-1", choice: "off" });
  });

  it("treats values that are not Tempo's as absent", () => {
    expect(
      readComposeTrackingMark(fromRecord({ tempoTrackId: "not-a-track-id", tempoTracking: "yes" })),
    ).toStrictEqual({ trackId: undefined, choice: undefined });
  });
});

describe("changeComposeTrackingMark", () => {
  const createTrackId = () => toTrackId("tt-new");

  it("keeps the existing track id when tracking is turned on", () => {
    expect(
      changeComposeTrackingMark({
        current: { trackId: toTrackId("tt-1"), choice: undefined },
        isTracked: true,
        choice: "on",
        createTrackId: () => {
          throw new Error("a new id was not needed");
        },
      }),
    ).toStrictEqual({ trackId: "tt-1", choice: "on" });
  });

  it("creates a track id when an unmarked message is tracked", () => {
    expect(
      changeComposeTrackingMark({
        current: { trackId: undefined, choice: "off" },
        isTracked: true,
        choice: undefined,
        createTrackId,
      }),
    ).toStrictEqual({ trackId: "tt-new", choice: undefined });
  });

  it("drops the track id and keeps the choice when tracking is turned off", () => {
    expect(
      changeComposeTrackingMark({
        current: { trackId: toTrackId("tt-1"), choice: "on" },
        isTracked: false,
        choice: "off",
        createTrackId,
      }),
    ).toStrictEqual({ trackId: undefined, choice: "off" });
  });
});

describe("toComposeTrackingMarkProperties", () => {
  it("names both custom properties, undefined for the ones to remove", () => {
    expect(toComposeTrackingMarkProperties({ trackId: undefined, choice: "off" })).toStrictEqual({
      tempoTrackId: undefined,
      tempoTracking: "off",
    });
  });
});

describe("assertCustomPropertiesWithinCap", () => {
  it("accepts exactly 2,500 serialized characters", () => {
    // {"a":"…"} is 8 characters around the value.
    expect(() => assertCustomPropertiesWithinCap({ a: "x".repeat(2492) })).not.toThrow();
  });

  it("rejects 2,501 characters with tracking_mark_too_large", () => {
    let caught: unknown;
    try {
      assertCustomPropertiesWithinCap({ a: "x".repeat(2493) });
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe("tracking_mark_too_large");
    expect((caught as AppError).details).toStrictEqual({ chars: 2501, maxChars: 2500 });
  });
});
