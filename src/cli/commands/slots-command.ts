// `tempo slots <request.json>`: runs findFreeSlots on a JSON request and prints the slots as JSON.
import { readFile } from "node:fs/promises";
import { findFreeSlots, type FindFreeSlotsOptions } from "../../core/availability/find-free-slots";
import { formatSlots } from "../../core/availability/format-slots";
import { invalidInput, succeed, type Outcome } from "../../core/time/invalid-input";
import type { WorkingHours } from "../../core/availability/working-hours";
import type { BusyInterval } from "../../core/availability/busy-interval";
import type { CliCommand, CliStreams } from "../cli-command";

const usage = `Usage: tempo slots <request.json>

The request holds the options of findFreeSlots, plus an optional "format":
  { "window": { "startUtc": "…Z", "endUtc": "…Z" }, "busy": [{ "startUtc", "endUtc", "status" }],
    "workingHours": { "daysOfWeek": ["monday"], "startTime": "09:00", "endTime": "17:00",
                      "timeZone": "Pacific Standard Time" },
    "durationMinutes": 30, "stepMinutes": 30, "now": "…Z", "timeZone": "America/New_York",
    "format": { "timeZone": "Europe/London", "locale": "en-GB" } }
Prints {"slots":[{"startUtc","endUtc"}…]} (and "text" with a format). Exit 1 on a bad request.
`;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks that `fields` of `value` are strings; the core validates what the strings say. */
function checkStrings(value: unknown, field: string, fields: readonly string[]): Outcome<Json> {
  if (!isObject(value)) return invalidInput(field, "must be an object");
  const missing = fields.find((name) => typeof value[name] !== "string");
  if (missing === undefined) return succeed(value);
  // The request's own fields are named bare ("now"), nested ones with their path ("window.startUtc").
  return invalidInput(field === "request" ? missing : `${field}.${missing}`, "must be a string");
}

function checkList(value: unknown, field: string, fields: readonly string[]): Outcome<Json[]> {
  if (!Array.isArray(value)) return invalidInput(field, "must be an array");
  for (const [index, item] of value.entries()) {
    const checked = checkStrings(item, `${field}[${index}]`, fields);
    if (!checked.ok) return checked;
  }
  return succeed(value as Json[]);
}

function checkWorkingHours(value: unknown): Outcome<WorkingHours | WorkingHours[]> {
  const fields = ["startTime", "endTime", "timeZone"];
  const list = Array.isArray(value) ? checkList(value, "workingHours", fields) : undefined;
  const items = list ?? checkStrings(value, "workingHours", fields);
  if (!items.ok) return items;
  const all: Json[] = Array.isArray(items.value) ? items.value : [items.value];
  const badIndex = all.findIndex(
    (item) =>
      !Array.isArray(item.daysOfWeek) || !item.daysOfWeek.every((day) => typeof day === "string"),
  );
  if (badIndex >= 0) {
    const field = Array.isArray(value) ? `workingHours[${badIndex}]` : "workingHours";
    return invalidInput(`${field}.daysOfWeek`, "must be an array of day names");
  }
  // Shapes are checked above; day names and times are checked by the core.
  return succeed(items.value as unknown as WorkingHours | WorkingHours[]);
}

const numberFields = [
  "durationMinutes",
  "stepMinutes",
  "bufferBeforeMinutes",
  "bufferAfterMinutes",
  "minimumNoticeMinutes",
  "horizonDays",
  "maxSlotsPerDay",
] as const;

interface SlotsRequest {
  readonly options: FindFreeSlotsOptions;
  readonly format: { readonly timeZone: string; readonly locale: string } | undefined;
}

/** Turns parsed JSON into typed options, naming the first field with the wrong shape. */
export function readSlotsRequest(json: unknown): Outcome<SlotsRequest> {
  const request = checkStrings(json, "request", ["now", "timeZone"]);
  if (!request.ok) return request;
  const body = request.value;
  const window = checkStrings(body.window, "window", ["startUtc", "endUtc"]);
  if (!window.ok) return window;
  const busy = checkList(body.busy ?? [], "busy", ["startUtc", "endUtc", "status"]);
  if (!busy.ok) return busy;
  const workingHours = checkWorkingHours(body.workingHours);
  if (!workingHours.ok) return workingHours;
  const badNumber = numberFields.find(
    (name) => body[name] !== undefined && typeof body[name] !== "number",
  );
  if (badNumber !== undefined) return invalidInput(badNumber, "must be a number");
  const statuses = body.blockingStatuses;
  const areStatusesStrings =
    statuses === undefined ||
    (Array.isArray(statuses) && statuses.every((s) => typeof s === "string"));
  if (!areStatusesStrings) return invalidInput("blockingStatuses", "must be an array of statuses");
  const format =
    body.format === undefined
      ? undefined
      : checkStrings(body.format, "format", ["timeZone", "locale"]);
  if (format !== undefined && !format.ok) return format;
  const options = {
    ...body,
    window: window.value,
    busy: busy.value as unknown as BusyInterval[],
    workingHours: workingHours.value,
  } as unknown as FindFreeSlotsOptions;
  const formatValue = format?.value as SlotsRequest["format"];
  return succeed({ options, format: formatValue });
}

function fail(streams: CliStreams, message: string): number {
  streams.stderr.write(`tempo slots: ${message}\n`);
  return 1;
}

async function run(args: readonly string[], streams: CliStreams): Promise<number> {
  const [path] = args;
  if (path === "--help" || path === "-h") {
    streams.stdout.write(usage);
    return 0;
  }
  if (path === undefined || args.length > 1) {
    streams.stderr.write(usage);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(streams, `cannot read a JSON request from ${path}: ${reason}`);
  }
  const request = readSlotsRequest(json);
  if (!request.ok) return fail(streams, `invalid ${request.error.field}: ${request.error.message}`);
  const result = findFreeSlots(request.value.options);
  if (!result.ok) return fail(streams, `invalid ${result.error.field}: ${result.error.message}`);
  const output: { slots: typeof result.slots; text?: string } = { slots: result.slots };
  if (request.value.format !== undefined) {
    const formatted = formatSlots({ slots: result.slots, ...request.value.format });
    if (!formatted.ok)
      return fail(streams, `invalid ${formatted.error.field}: ${formatted.error.message}`);
    output.text = formatted.text;
  }
  streams.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

export const slotsCommand: CliCommand = {
  summary: "Find free meeting slots from a JSON request (window, busy, working hours, duration).",
  run,
};
