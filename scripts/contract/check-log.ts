// Checks every line of a fake-Graph JSONL log against the Graph description and lists the operations covered.
import { readFileSync } from "node:fs";
import { checkBatch, type LocatedFinding } from "./check-batch";
import { checkRequest, type GraphRequest } from "./check-request";
import { checkResponse } from "./check-response";
import {
  ContractRule,
  isJsonObject,
  toText,
  type GraphLogLine,
  type JsonValue,
  type Violation,
} from "./contract-types";
import { loadGraphDescription, type GraphDescription } from "./graph-description";

export interface GraphLogCheck {
  /** Requests checked: log lines plus the sub-requests inside `$batch` bodies (sub-request lines are not counted twice). */
  checked: number;
  violations: Violation[];
  /** Distinct operations as `METHOD template`, e.g. `GET /me/mailFolders/{id}/messages/delta`. */
  operations: Set<string>;
}

/** Reads a JSONL log into lines; blank lines are dropped. */
export function readGraphLog(filePath: string): string[] {
  return readFileSync(filePath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
}

function toStringRecord(value: JsonValue | undefined): Record<string, string> {
  if (!isJsonObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Array.isArray(item) ? item.map(toText).join(",") : toText(item),
    ]),
  );
}

/**
 * The path with its version: from the absolute `url` when logged (the fake logs `path` without `/v1.0`),
 * else `path` as written, with `/v1.0` added when it carries no version at all.
 */
function toVersionedPath(path: string, url: JsonValue | undefined): string {
  if (typeof url === "string" && /^https?:\/\//.test(url) && URL.canParse(url))
    return new URL(url).pathname;
  return /^\/(v1\.0|beta)(\/|$)/i.test(path)
    ? path
    : `/v1.0${path.startsWith("/") ? "" : "/"}${path}`;
}

function parseLine(raw: string | GraphLogLine): GraphLogLine | string {
  let value: JsonValue;
  if (typeof raw !== "string") return raw;
  try {
    value = JSON.parse(raw) as JsonValue;
  } catch {
    return "line is not valid JSON";
  }
  if (!isJsonObject(value)) return "line is not a JSON object";
  const { method, path, status } = value;
  const isWellFormed =
    typeof method === "string" && typeof path === "string" && typeof status === "number";
  if (!isWellFormed) return "line lacks method, path or status";
  return {
    method,
    url: typeof value.url === "string" ? value.url : undefined,
    path: toVersionedPath(path, value.url),
    query: toStringRecord(value.query),
    requestHeaders: toStringRecord(value.requestHeaders),
    requestBody: value.requestBody ?? null,
    status,
    responseHeaders: toStringRecord(value.responseHeaders),
    responseBody: value.responseBody ?? null,
    batchParent:
      typeof value.batchParent === "string" || typeof value.batchParent === "number"
        ? value.batchParent
        : undefined,
  };
}

/**
 * Checks each logged request and response; `$batch` bodies are opened and each sub-request checked too.
 * e.g. a line `GET /v1.0/me/mailFolder/inbox/messages` gives a `path` violation on that line.
 */
export function checkGraphLog(
  lines: readonly (string | GraphLogLine)[],
  description: GraphDescription = loadGraphDescription(),
): GraphLogCheck {
  const violations: Violation[] = [];
  const operations = new Set<string>();
  const fromBatchBodies = new Set<string>();
  const keyOf = (finding: LocatedFinding): string =>
    `${finding.method} ${finding.path} ${finding.rule} ${finding.message.replace(/^\[\$batch id [^\]]*\] /, "")}`;
  let checked = 0;
  const parsed = lines.map((raw, index) => ({ line: index + 1, entry: parseLine(raw) }));
  // Sub-request lines may be written before their batch; check batches first so duplicates can be dropped.
  const ordered = [...parsed].sort(
    (a, b) => Number(isSubRequestLine(a.entry)) - Number(isSubRequestLine(b.entry)),
  );
  for (const { line, entry } of ordered) {
    if (typeof entry === "string") {
      violations.push({ line, method: "", path: "", rule: ContractRule.logLine, message: entry });
      continue;
    }
    const isSubRequest = entry.batchParent !== undefined;
    if (!isSubRequest) checked++;
    const located = checkLine(entry, description);
    for (const operation of located.operations) operations.add(operation);
    checked += located.subRequests;
    for (const finding of located.findings) {
      const isDuplicate = isSubRequest && fromBatchBodies.has(keyOf(finding));
      if (located.subRequests > 0) fromBatchBodies.add(keyOf(finding));
      if (!isDuplicate) violations.push({ line, ...finding });
    }
  }
  violations.sort((a, b) => a.line - b.line);
  return { checked, violations, operations };
}

function isSubRequestLine(entry: GraphLogLine | string): boolean {
  return typeof entry !== "string" && entry.batchParent !== undefined;
}

function checkLine(
  entry: GraphLogLine,
  description: GraphDescription,
): { findings: LocatedFinding[]; operations: string[]; subRequests: number } {
  const method = entry.method.toUpperCase();
  const isBatch = entry.path === "/v1.0/$batch";
  if (isBatch) {
    const batch = checkBatch(entry.requestBody, entry.status, entry.responseBody, description);
    const methodFinding: LocatedFinding[] =
      method === "POST"
        ? []
        : [
            {
              rule: ContractRule.method,
              message: `${method} is not allowed on /$batch: use POST`,
              method,
              path: entry.path,
            },
          ];
    const count =
      isJsonObject(entry.requestBody) && Array.isArray(entry.requestBody.requests)
        ? entry.requestBody.requests.length
        : 0;
    return {
      findings: [...methodFinding, ...batch.findings],
      operations: [`${method} /$batch`, ...batch.operations],
      subRequests: count,
    };
  }
  const request: GraphRequest = {
    method,
    path: entry.path,
    query: entry.query,
    headers: entry.requestHeaders,
    body: entry.requestBody,
  };
  const check = checkRequest(request, description);
  const response = {
    status: entry.status,
    headers: entry.responseHeaders,
    body: entry.responseBody,
  };
  const findings = [
    ...check.findings,
    ...checkResponse(request, check.resolved, response, description),
  ];
  return {
    findings: findings.map((finding) => ({ ...finding, method, path: entry.path })),
    operations: check.operation ? [check.operation] : [],
    subRequests: 0,
  };
}
