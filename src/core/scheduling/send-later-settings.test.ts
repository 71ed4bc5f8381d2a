// The roaming recent-replies list: tolerant reading, merging per conversation, bounds, and "replied since the draft started".
import {
  findProspectZone,
  hasReplySince,
  parseProspectZones,
  rememberProspectZone,
  toStoredProspectZones,
  mergeRecentReplies,
  parseRecentReplies,
  toStoredReplies,
} from "./send-later-settings";

describe("parseRecentReplies", () => {
  it("keeps only well-formed entries", () => {
    expect(
      parseRecentReplies([
        { c: "AAQk1", t: "2026-03-10T09:00:00Z" },
        42,
        null,
        { c: "", t: "2026-03-10T09:00:00Z" },
        { c: "AAQk2", t: "yesterday" },
        { c: "AAQk3" },
      ]),
    ).toStrictEqual([{ conversationId: "AAQk1", receivedUtc: "2026-03-10T09:00:00.000Z" }]);
  });

  it.each([undefined, "x", {}, 3])("reads %p as an empty list", (value) => {
    expect(parseRecentReplies(value)).toStrictEqual([]);
  });

  it("round-trips through the stored form", () => {
    const replies = [{ conversationId: "AAQk1", receivedUtc: "2026-03-10T09:00:00.000Z" }];
    expect(parseRecentReplies(toStoredReplies(replies))).toStrictEqual(replies);
  });
});

describe("mergeRecentReplies", () => {
  it("keeps the latest reply per conversation, newest first, and drops week-old ones", () => {
    expect(
      mergeRecentReplies({
        existing: [
          { conversationId: "A", receivedUtc: "2026-03-09T09:00:00.000Z" },
          { conversationId: "OLD", receivedUtc: "2026-03-02T09:00:00.000Z" },
        ],
        added: [
          { conversationId: "A", receivedUtc: "2026-03-10T08:00:00.000Z" },
          { conversationId: "B", receivedUtc: "2026-03-09T12:00:00.000Z" },
          { conversationId: "A", receivedUtc: "2026-03-08T08:00:00.000Z" },
        ],
        now: "2026-03-10T10:00:00Z",
      }),
    ).toStrictEqual([
      { conversationId: "A", receivedUtc: "2026-03-10T08:00:00.000Z" },
      { conversationId: "B", receivedUtc: "2026-03-09T12:00:00.000Z" },
    ]);
  });

  it("keeps at most 30 entries", () => {
    const added = Array.from({ length: 40 }, (_, index) => ({
      conversationId: `C${index}`,
      receivedUtc: new Date(Date.UTC(2026, 2, 10, 0, index)).toISOString(),
    }));
    const merged = mergeRecentReplies({ existing: [], added, now: "2026-03-10T10:00:00Z" });
    expect([merged.length, merged[0]?.conversationId, merged[29]?.conversationId]).toStrictEqual([
      30,
      "C39",
      "C10",
    ]);
  });
});

describe("hasReplySince", () => {
  const replies = [{ conversationId: "A", receivedUtc: "2026-03-10T10:05:00.000Z" }];
  it.each([
    ["a reply after the draft started", "A", "2026-03-10T10:00:00Z", true],
    ["a reply before the draft started", "A", "2026-03-10T10:10:00Z", false],
    ["another conversation", "B", "2026-03-10T10:00:00Z", false],
    ["no start time recorded", "A", undefined, false],
    ["no conversation (a new message)", undefined, "2026-03-10T10:00:00Z", false],
  ])("says %s → %p", (_name, conversationId, draftStartedUtc, expected) => {
    expect(hasReplySince({ replies, conversationId, draftStartedUtc })).toBe(expected);
  });
});

describe("prospect zones", () => {
  it("reads well-formed entries, lower-casing addresses", () => {
    expect(
      parseProspectZones([{ a: "Priya.Raman@fabrikam.com", z: "Asia/Kolkata" }, { a: "x" }, "y"]),
    ).toStrictEqual([{ address: "priya.raman@fabrikam.com", timeZone: "Asia/Kolkata" }]);
  });

  it("remembers the latest choice per address, last, and finds it case-insensitively", () => {
    const zones = rememberProspectZone(
      [
        { address: "priya.raman@fabrikam.com", timeZone: "Asia/Colombo" },
        { address: "kenji.watanabe@fabrikam.com", timeZone: "Asia/Tokyo" },
      ],
      { address: "Priya.Raman@fabrikam.com", timeZone: "Asia/Kolkata" },
    );
    expect(toStoredProspectZones(zones)).toStrictEqual([
      { a: "kenji.watanabe@fabrikam.com", z: "Asia/Tokyo" },
      { a: "priya.raman@fabrikam.com", z: "Asia/Kolkata" },
    ]);
    expect(findProspectZone(zones, "PRIYA.raman@fabrikam.com")).toBe("Asia/Kolkata");
    expect(findProspectZone(zones, "nobody@x.com")).toBeUndefined();
  });

  it("keeps the newest 50", () => {
    let zones = parseProspectZones([]);
    for (let index = 0; index < 55; index += 1)
      zones = rememberProspectZone(zones, {
        address: `p${index}@x.com`,
        timeZone: "Europe/London",
      });
    expect([zones.length, zones[0]?.address, zones[49]?.address]).toStrictEqual([
      50,
      "p5@x.com",
      "p54@x.com",
    ]);
  });
});
