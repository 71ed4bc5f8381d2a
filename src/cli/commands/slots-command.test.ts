// `tempo slots` end to end with captured streams: the sample request, bad JSON, bad options, usage.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { slotsCommand } from "./slots-command";
import type { CliStreams } from "../cli-command";

const samplePath = join(__dirname, "../../core/availability/__fixtures__/sample-request.json");
const directory = mkdtempSync(join(tmpdir(), "tempo-slots-"));

/** Writes `content` to a temporary request file and returns its path. */
function requestFile(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function runSlots(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const streams: CliStreams = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  };
  const exitCode = await slotsCommand.run(args, streams);
  return { exitCode, stdout: out.join(""), stderr: err.join("") };
}

const minimal = {
  window: { startUtc: "2026-03-09T13:00:00Z", endUtc: "2026-03-09T14:00:00Z" },
  workingHours: {
    daysOfWeek: ["monday"],
    startTime: "09:00",
    endTime: "17:00",
    timeZone: "Eastern Standard Time",
  },
  durationMinutes: 30,
  now: "2026-03-01T00:00:00Z",
  timeZone: "America/New_York",
};

describe("tempo slots", () => {
  it("prints the sample request's slots and the London text, exit 0", async () => {
    const slot = (start: string, end: string) => ({
      startUtc: `2026-11-${start}:00.000Z`,
      endUtc: `2026-11-${end}:00.000Z`,
    });
    const expected = {
      slots: [
        slot("23T15:30", "23T16:00"),
        slot("23T16:00", "23T16:30"),
        slot("23T16:30", "23T17:00"),
        slot("23T17:00", "23T17:30"),
        slot("24T14:00", "24T14:30"),
        slot("24T14:30", "24T15:00"),
        slot("24T16:30", "24T17:00"),
        slot("24T17:00", "24T17:30"),
      ],
      text:
        "Mon 23 Nov: 15:30–16:00, 16:00–16:30, 16:30–17:00, 17:00–17:30 (United Kingdom Time — London)\n" +
        "Tue 24 Nov: 14:00–14:30, 14:30–15:00, 16:30–17:00, 17:00–17:30 (United Kingdom Time — London)",
    };
    const result = await runSlots([samplePath]);
    expect({ ...result, stdout: JSON.parse(result.stdout) as unknown }).toStrictEqual({
      exitCode: 0,
      stdout: expected,
      stderr: "",
    });
  });

  it("prints only slots when no format is asked for", async () => {
    const result = await runSlots([requestFile("minimal.json", minimal)]);
    expect(result).toStrictEqual({
      exitCode: 0,
      stdout: `${JSON.stringify(
        {
          slots: [
            { startUtc: "2026-03-09T13:00:00.000Z", endUtc: "2026-03-09T13:30:00.000Z" },
            { startUtc: "2026-03-09T13:30:00.000Z", endUtc: "2026-03-09T14:00:00.000Z" },
          ],
        },
        null,
        2,
      )}\n`,
      stderr: "",
    });
  });

  it.each([
    [
      "a zero duration",
      { ...minimal, durationMinutes: 0 },
      "tempo slots: invalid durationMinutes: must be a whole number ≥ 1\n",
    ],
    [
      "a duration given as text",
      { ...minimal, durationMinutes: "30" },
      "tempo slots: invalid durationMinutes: must be a number\n",
    ],
    [
      "a missing window",
      { ...minimal, window: undefined },
      "tempo slots: invalid window: must be an object\n",
    ],
    [
      "a busy entry without status",
      { ...minimal, busy: [{ startUtc: "2026-03-09T13:00:00Z", endUtc: "2026-03-09T14:00:00Z" }] },
      "tempo slots: invalid busy[0].status: must be a string\n",
    ],
    [
      "an unknown rep zone",
      { ...minimal, timeZone: "Gotham" },
      'tempo slots: invalid timeZone: unknown time zone "Gotham" (expected an IANA or Windows zone name)\n',
    ],
    [
      "days that are not a list",
      { ...minimal, workingHours: { ...minimal.workingHours, daysOfWeek: "monday" } },
      "tempo slots: invalid workingHours.daysOfWeek: must be an array of day names\n",
    ],
    [
      "a format without locale",
      { ...minimal, format: { timeZone: "UTC" } },
      "tempo slots: invalid format.locale: must be a string\n",
    ],
    ["a top-level array", [minimal], "tempo slots: invalid request: must be an object\n"],
  ])("fails with one line naming the field for %s, exit 1", async (_scenario, request, stderr) => {
    expect(await runSlots([requestFile("bad.json", request)])).toStrictEqual({
      exitCode: 1,
      stdout: "",
      stderr,
    });
  });

  it("fails with one line for a file that is not JSON, exit 1", async () => {
    const path = requestFile("broken.json", "{ not json");
    const result = await runSlots([path]);
    expect({
      exitCode: result.exitCode,
      startsRight: result.stderr.startsWith(
        `tempo slots: cannot read a JSON request from ${path}: `,
      ),
      lines: result.stderr.split("\n").length,
    }).toStrictEqual({ exitCode: 1, startsRight: true, lines: 2 });
  });

  it("prints usage on stderr with exit 2 when no file is given", async () => {
    const result = await runSlots([]);
    expect({
      exitCode: result.exitCode,
      stdout: result.stdout,
      usage: result.stderr.startsWith("Usage: tempo slots <request.json>"),
    }).toStrictEqual({ exitCode: 2, stdout: "", usage: true });
  });

  it("prints usage on stdout with exit 0 for --help", async () => {
    const result = await runSlots(["--help"]);
    expect({
      exitCode: result.exitCode,
      usage: result.stdout.startsWith("Usage: tempo slots"),
      stderr: result.stderr,
    }).toStrictEqual({ exitCode: 0, usage: true, stderr: "" });
  });
});
