// availabilityView digits → busy intervals, using Graph's documented getSchedule example as input.
// To add a case: add a row with the view, its start instant, the interval, and the whole expected list.
import graphResponse from "./__fixtures__/graph-get-schedule-response.json";
import { busyFromAvailabilityView } from "./availability-view";

// The docs request asks from 09:00 "Pacific Standard Time" on 2019-03-15, which is PDT: 16:00Z.
const docsStartUtc = "2019-03-15T16:00:00Z";

describe("busyFromAvailabilityView", () => {
  const [adele, megan] = graphResponse.value;

  it.each([
    [
      "reads the docs example 000220000 (hourly) as busy 12:00–14:00 PDT",
      adele?.availabilityView ?? "",
      60,
      [
        {
          startUtc: "2019-03-15T19:00:00.000Z",
          endUtc: "2019-03-15T21:00:00.000Z",
          status: "busy",
        },
      ],
    ],
    [
      "reads 200220010 as busy, busy and a tentative hour at 16:00 PDT",
      megan?.availabilityView ?? "",
      60,
      [
        {
          startUtc: "2019-03-15T16:00:00.000Z",
          endUtc: "2019-03-15T17:00:00.000Z",
          status: "busy",
        },
        {
          startUtc: "2019-03-15T19:00:00.000Z",
          endUtc: "2019-03-15T21:00:00.000Z",
          status: "busy",
        },
        {
          startUtc: "2019-03-15T23:00:00.000Z",
          endUtc: "2019-03-16T00:00:00.000Z",
          status: "tentative",
        },
      ],
    ],
    [
      "maps every digit 0–4 and joins runs at 30-minute intervals",
      "0112344",
      30,
      [
        {
          startUtc: "2019-03-15T16:30:00.000Z",
          endUtc: "2019-03-15T17:30:00.000Z",
          status: "tentative",
        },
        {
          startUtc: "2019-03-15T17:30:00.000Z",
          endUtc: "2019-03-15T18:00:00.000Z",
          status: "busy",
        },
        { startUtc: "2019-03-15T18:00:00.000Z", endUtc: "2019-03-15T18:30:00.000Z", status: "oof" },
        {
          startUtc: "2019-03-15T18:30:00.000Z",
          endUtc: "2019-03-15T19:30:00.000Z",
          status: "workingElsewhere",
        },
      ],
    ],
    ["gives nothing for an empty or all-free view", "0000", 15, []],
  ])("%s", (_scenario, availabilityView, intervalMinutes, expected) => {
    expect(
      busyFromAvailabilityView({ availabilityView, startUtc: docsStartUtc, intervalMinutes }),
    ).toStrictEqual({
      ok: true,
      value: expected,
    });
  });

  it.each([
    [
      "an unknown digit",
      "02x",
      30,
      docsStartUtc,
      { field: "availabilityView", message: 'unknown digit "x" at position 2' },
    ],
    [
      "an interval below Graph's minimum of 5",
      "0",
      4,
      docsStartUtc,
      { field: "intervalMinutes", message: "must be a whole number from 5 to 1440" },
    ],
    [
      "a start without a zone",
      "0",
      30,
      "2019-03-15T09:00:00",
      { field: "startUtc", message: "must be an ISO-8601 instant" },
    ],
  ])("rejects %s", (_scenario, availabilityView, intervalMinutes, startUtc, error) => {
    expect(busyFromAvailabilityView({ availabilityView, startUtc, intervalMinutes })).toStrictEqual(
      {
        ok: false,
        error: { code: "invalid_input", ...error },
      },
    );
  });
});
