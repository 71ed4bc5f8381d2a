import {
  decodeHoldMark,
  decodeOffer,
  encodeHoldMark,
  encodeOffer,
  maxEncodedOfferLength,
  readOfferFromCustomProperties,
  toOfferId,
  type AvailabilityOffer,
  type OfferId,
} from "./offer";

const offerId = "of-1" as OfferId;
const offer: AvailabilityOffer = {
  offerId,
  slots: [
    { startUtc: "2026-11-26T14:00:00.000Z", endUtc: "2026-11-26T14:30:00.000Z" },
    { startUtc: "2026-11-26T15:00:00.000Z", endUtc: "2026-11-26T15:30:00.000Z" },
    { startUtc: "2026-11-27T19:30:00.000Z", endUtc: "2026-11-27T20:00:00.000Z" },
  ],
  durationMinutes: 30,
  timeZone: "America/New_York",
  locale: "en-US",
};

describe("encodeOffer / decodeOffer", () => {
  it("writes an offer in a few characters a slot and reads every slot back", () => {
    const encoded = encodeOffer(offer);
    expect(encoded).toStrictEqual({
      ok: true,
      value: "t1|of-1|America/New_York|en-US|30|htgvc|0,1o,1bi",
    });
    expect(decodeOffer(encoded.ok ? encoded.value : "")).toStrictEqual(offer);
  });

  it("refuses an offer too long for Outlook's custom-property budget", () => {
    const slots = Array.from({ length: 600 }, (_, index) => ({
      startUtc: new Date(Date.UTC(2026, 10, 1) + index * 7 * 3_600_000).toISOString(),
      endUtc: new Date(Date.UTC(2026, 10, 1) + index * 7 * 3_600_000 + 1_800_000).toISOString(),
    }));
    expect(encodeOffer({ ...offer, slots })).toStrictEqual({
      ok: false,
      error: {
        code: "invalid_input",
        field: "slots",
        message: expect.stringMatching(/^too many slots to store \(\d+ characters\)$/) as string,
      },
    });
    expect(maxEncodedOfferLength).toBe(1500);
  });

  it("refuses slots out of order or of another length", () => {
    const [first, second] = offer.slots;
    if (first === undefined || second === undefined) throw new Error("fixture needs two slots");
    expect(encodeOffer({ ...offer, slots: [second, first] })).toStrictEqual({
      ok: false,
      error: {
        code: "invalid_input",
        field: "slots[1]",
        message: "must be ordered whole-minute slots of the duration",
      },
    });
    expect(encodeOffer({ ...offer, durationMinutes: 60 }).ok).toBe(false);
    expect(encodeOffer({ ...offer, slots: [] }).ok).toBe(false);
  });

  it("reads nothing from another version, extra fields or garbage", () => {
    expect(decodeOffer("t2|of-1|America/New_York|en-US|30|htgvc|0")).toBeUndefined();
    expect(decodeOffer("t1|of-1|America/New_York|en-US|30|htgvc|0|x")).toBeUndefined();
    expect(decodeOffer("t1|of 1|America/New_York|en-US|30|htgvc|0")).toBeUndefined();
    expect(decodeOffer("t1|of-1|America/New_York|en-US|0|htgvc|0")).toBeUndefined();
    expect(decodeOffer("<script>")).toBeUndefined();
  });
});

describe("readOfferFromCustomProperties", () => {
  it("finds the offer beside other custom properties", () => {
    const json = JSON.stringify({
      tempoTrackId: "tt-1",
      tempoOffer: "t1|of-1|America/New_York|en-US|30|htgvc|0,1o,1bi",
    });
    expect(readOfferFromCustomProperties(json)).toStrictEqual(offer);
  });

  it("gives nothing for JSON without an offer or for broken JSON", () => {
    expect(readOfferFromCustomProperties('{"tempoTrackId":"tt-1"}')).toBeUndefined();
    expect(readOfferFromCustomProperties("{not json")).toBeUndefined();
    expect(readOfferFromCustomProperties("null")).toBeUndefined();
  });
});

describe("hold marks", () => {
  it("round-trips the offer id and expiry", () => {
    const mark = { offerId, expiresUtc: "2026-12-01T17:00:00.000Z" };
    expect(encodeHoldMark(mark)).toBe("of-1|2026-12-01T17:00:00.000Z");
    expect(decodeHoldMark("of-1|2026-12-01T17:00:00.000Z")).toStrictEqual(mark);
  });

  it("rejects marks it did not write", () => {
    expect(decodeHoldMark("of-1")).toBeUndefined();
    expect(decodeHoldMark("of-1|tomorrow")).toBeUndefined();
    expect(decodeHoldMark("of|1|2026-12-01T17:00:00.000Z")).toBeUndefined();
    expect(toOfferId("a|b")).toBeUndefined();
  });
});
