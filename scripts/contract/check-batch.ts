// Checks a JSON `$batch` request and response: limits, ids, relative urls, headers, then every sub-request/response.
import { headerValue } from "./check-prefer";
import { checkRequest, type GraphRequest, type RequestCheck } from "./check-request";
import { checkErrorBody, checkResponse } from "./check-response";
import {
  ContractRule,
  isJsonObject,
  toText,
  type Finding,
  type JsonObject,
  type JsonValue,
} from "./contract-types";
import type { GraphDescription } from "./graph-description";

/** Graph's documented limit of requests in one JSON batch. */
export const maxBatchRequests = 20;
const batchMethods = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

export interface LocatedFinding extends Finding {
  method: string;
  path: string;
}

interface SubRequest {
  id: string;
  request: GraphRequest;
  check: RequestCheck;
}

export interface BatchCheck {
  findings: LocatedFinding[];
  /** Operations of the sub-requests, e.g. `GET /me/mailFolders/{id}/messages`. */
  operations: string[];
}

function toStringRecord(value: JsonValue | undefined): Record<string, string> {
  if (!isJsonObject(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, header]) => [key, toText(header)]));
}

/** A relative batch url (`/me/messages?$top=5` or `users?$select=id`) as a request under /v1.0. */
export function toSubRequest(item: JsonObject): GraphRequest {
  const rawUrl = typeof item.url === "string" ? item.url : "";
  const url = new URL(rawUrl.startsWith("/") ? rawUrl : `/${rawUrl}`, "http://batch.invalid");
  return {
    method: typeof item.method === "string" ? item.method.toUpperCase() : "",
    path: `/v1.0${url.pathname}`,
    query: Object.fromEntries(url.searchParams),
    headers: toStringRecord(item.headers),
    body: item.body ?? null,
  };
}

function checkEnvelope(item: JsonObject, index: number, ids: Map<string, string>): Finding[] {
  const rule = ContractRule.batch;
  const findings: Finding[] = [];
  const id = item.id;
  const label = typeof id === "string" ? `'${id}'` : `#${index}`;
  if (typeof id !== "string" || id === "")
    findings.push({ rule, message: `request ${label}: id must be a non-empty string` });
  else if (ids.has(id.toLowerCase()))
    findings.push({
      rule,
      message: `request ${label}: id duplicates '${ids.get(id.toLowerCase()) ?? ""}' (ids are case-insensitive)`,
    });
  else ids.set(id.toLowerCase(), id);
  if (typeof item.method !== "string" || !batchMethods.has(item.method.toUpperCase()))
    findings.push({
      rule,
      message: `request ${label}: method must be one of ${[...batchMethods].join(", ")}`,
    });
  const url = typeof item.url === "string" ? item.url : undefined;
  if (url === undefined) findings.push({ rule, message: `request ${label}: url must be a string` });
  else if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    findings.push({ rule, message: `request ${label}: url '${url}' must be relative` });
  else if (/^\/?(v1\.0|beta)(\/|$)/i.test(url))
    findings.push({ rule, message: `request ${label}: url '${url}' must not include the version` });
  if (item.headers !== undefined && !isJsonObject(item.headers))
    findings.push({ rule, message: `request ${label}: headers must be an object` });
  const hasBody = item.body !== undefined && item.body !== null;
  if (hasBody && headerValue(toStringRecord(item.headers), "Content-Type") === undefined) {
    findings.push({ rule, message: `request ${label}: a body needs a Content-Type header` });
  }
  return findings;
}

/** e.g. 21 requests → batch "a batch holds at most 20 requests, got 21". */
export function checkBatch(
  requestBody: JsonValue,
  status: number,
  responseBody: JsonValue,
  description: GraphDescription,
): BatchCheck {
  const batchPath = "/v1.0/$batch";
  const at = (finding: Finding, method = "POST", path = batchPath): LocatedFinding => ({
    ...finding,
    method,
    path,
  });
  const requests =
    isJsonObject(requestBody) && Array.isArray(requestBody.requests)
      ? requestBody.requests
      : undefined;
  if (!requests)
    return {
      findings: [
        at({ rule: ContractRule.batch, message: "a batch body must be { requests: [...] }" }),
      ],
      operations: [],
    };
  const findings: LocatedFinding[] = [];
  if (requests.length === 0 || requests.length > maxBatchRequests) {
    findings.push(
      at({
        rule: ContractRule.batch,
        message: `a batch holds 1 to ${maxBatchRequests} requests, got ${requests.length}`,
      }),
    );
  }
  const ids = new Map<string, string>();
  const subRequests = new Map<string, SubRequest>();
  const operations: string[] = [];
  requests.forEach((item, index) => {
    if (!isJsonObject(item)) {
      findings.push(
        at({ rule: ContractRule.batch, message: `request #${index} must be an object` }),
      );
      return;
    }
    for (const dependency of Array.isArray(item.dependsOn) ? item.dependsOn : []) {
      const isKnown = typeof dependency === "string" && ids.has(dependency.toLowerCase());
      if (!isKnown)
        findings.push(
          at({
            rule: ContractRule.batch,
            message: `request '${toText(item.id)}' dependsOn unknown or later id ${JSON.stringify(dependency)}`,
          }),
        );
    }
    const envelope = checkEnvelope(item, index, ids);
    findings.push(...envelope.map((finding) => at(finding)));
    // An absolute or versioned url names no sub-request path to check.
    const hasUsableUrl =
      typeof item.url === "string" && !envelope.some((finding) => /\burl\b/.test(finding.message));
    if (!hasUsableUrl) return;
    const request = toSubRequest(item);
    const check = checkRequest(request, description);
    const prefix = `[$batch id ${toText(item.id)}] `;
    findings.push(
      ...check.findings.map((finding) =>
        at({ ...finding, message: prefix + finding.message }, request.method, request.path),
      ),
    );
    if (check.operation) operations.push(check.operation);
    if (typeof item.id === "string")
      subRequests.set(item.id.toLowerCase(), { id: item.id, request, check });
  });
  if (status === 200)
    findings.push(...checkBatchResponses({ responseBody, ids, subRequests, description, at }));
  else if (status >= 400)
    findings.push(...checkErrorBody(responseBody).map((finding) => at(finding)));
  return { findings, operations };
}

interface BatchResponseInput {
  responseBody: JsonValue;
  /** Every request id, lower case → as sent. */
  ids: Map<string, string>;
  /** The requests whose url could be checked. */
  subRequests: Map<string, SubRequest>;
  description: GraphDescription;
  at: (finding: Finding, method?: string, path?: string) => LocatedFinding;
}

function checkBatchResponses({
  responseBody,
  ids,
  subRequests,
  description,
  at,
}: BatchResponseInput): LocatedFinding[] {
  const rule = ContractRule.responseShape;
  const responses =
    isJsonObject(responseBody) && Array.isArray(responseBody.responses)
      ? responseBody.responses
      : undefined;
  if (!responses)
    return [at({ rule, message: "a 200 batch response must be { responses: [...] }" })];
  const findings: LocatedFinding[] = [];
  const answered = new Set<string>();
  for (const item of responses) {
    const id = isJsonObject(item) && typeof item.id === "string" ? item.id : undefined;
    if (!isJsonObject(item) || id === undefined || !ids.has(id.toLowerCase())) {
      findings.push(
        at({ rule, message: `batch response ${JSON.stringify(id ?? null)} answers no request id` }),
      );
      continue;
    }
    const sub = subRequests.get(id.toLowerCase());
    if (answered.has(id.toLowerCase()))
      findings.push(at({ rule, message: `batch response id '${id}' appears twice` }));
    answered.add(id.toLowerCase());
    if (typeof item.status !== "number") {
      findings.push(at({ rule, message: `batch response '${id}' needs a numeric status` }));
      continue;
    }
    if (!sub) continue;
    const response = {
      status: item.status,
      headers: toStringRecord(item.headers),
      body: item.body ?? null,
    };
    const subFindings = checkResponse(sub.request, sub.check.resolved, response, description);
    findings.push(
      ...subFindings.map((finding) =>
        at(
          { ...finding, message: `[$batch id ${id}] ${finding.message}` },
          sub.request.method,
          sub.request.path,
        ),
      ),
    );
  }
  for (const [lowerId, sub] of subRequests) {
    if (!answered.has(lowerId) && ids.has(lowerId))
      findings.push(
        at(
          { rule, message: `no batch response for request id '${sub.id}'` },
          sub.request.method,
          sub.request.path,
        ),
      );
  }
  return findings;
}
