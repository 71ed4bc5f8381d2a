// POST /$batch: JSON batching limits (≤20, unique ids, relative urls, Content-Type with body), dependsOn with 424, ≤4 items in parallel.
import { randomUUID } from "node:crypto";
import { authenticate } from "./auth-scopes";
import { dispatchGraphRequest } from "./graph-dispatch";
import { GraphError, badRequest, buildErrorBody, unreadableBody } from "./graph-errors";
import { isJsonObject, jsonResponse } from "./graph-types";
import type { GraphRequest, GraphResponse, Json, JsonObject } from "./graph-types";
import type { DispatchEnv } from "./graph-dispatch";

export const maxBatchRequests = 20;
/** Outlook runs up to 4 batch items in parallel (throttling-limits.md, "Outlook service limits for JSON batching"). */
const parallelItems = 4;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Json;
  dependsOn: string[];
}

function readItem(value: Json): BatchItem {
  if (!isJsonObject(value)) throw badRequest("Invalid batch payload format.");
  const { id, method, url, headers = {}, body, dependsOn = [] } = value;
  const isValid =
    typeof id === "string" &&
    id !== "" &&
    typeof method === "string" &&
    typeof url === "string" &&
    isJsonObject(headers) &&
    Array.isArray(dependsOn);
  if (!isValid)
    throw badRequest(
      "Invalid batch payload format. Each request needs a string id, method and url.",
    );
  if (/^https?:/i.test(url) || /^\/?(v1\.0|beta)(\/|$)/i.test(url))
    throw badRequest(`Invalid request URL '${url}': use a relative URL without the version.`);
  const headerMap = Object.fromEntries(
    Object.entries(headers).map(([name, headerValue]) => [
      name.toLowerCase(),
      typeof headerValue === "string" ? headerValue : JSON.stringify(headerValue),
    ]),
  );
  if (body !== undefined && headerMap["content-type"] === undefined)
    throw badRequest("Content-Type header must be specified when a body is present.");
  return {
    id,
    method: method.toUpperCase(),
    url,
    headers: headerMap,
    ...(body === undefined ? {} : { body }),
    dependsOn: dependsOn.map(String),
  };
}

function validateDependencies(items: BatchItem[]): void {
  const byId = new Map(items.map((item) => [item.id.toLowerCase(), item]));
  if (byId.size !== items.length)
    throw badRequest("Batch request ids must be unique (case-insensitive).");
  const visiting = new Set<string>();
  const visit = (id: string): void => {
    if (visiting.has(id)) throw badRequest("Batch request dependsOn forms a cycle.");
    const item = byId.get(id);
    if (!item) throw badRequest(`Batch request depends on unknown id '${id}'.`);
    visiting.add(id);
    for (const dependency of item.dependsOn) visit(dependency.toLowerCase());
    visiting.delete(id);
  };
  for (const item of items) visit(item.id.toLowerCase());
}

function toSubRequest(item: BatchItem, envelope: GraphRequest): GraphRequest {
  const relative = item.url.startsWith("/") ? item.url : `/${item.url}`;
  const [path = "", query = ""] = relative.split(/\?(.*)/s);
  const headers: Record<string, string> = {
    ...(envelope.headers.authorization ? { authorization: envelope.headers.authorization } : {}),
    ...item.headers,
  };
  return {
    method: item.method,
    path,
    query: new URLSearchParams(query),
    headers,
    body: item.body,
    isBodyMalformed: false,
    requestId: randomUUID(),
    clientRequestId: headers["client-request-id"] ?? envelope.clientRequestId,
    batchParent: envelope.requestId,
  };
}

export async function runBatch(request: GraphRequest, env: DispatchEnv): Promise<GraphResponse> {
  if (request.method !== "POST")
    throw new GraphError(
      405,
      "Request_BadRequest",
      "Specified HTTP method is not allowed for the request target.",
    );
  await authenticate({
    authorization: request.headers.authorization,
    ...(env.verifyToken ? { verifyToken: env.verifyToken } : {}),
    nowMs: Date.now(),
  });
  if (request.isBodyMalformed || !isJsonObject(request.body)) throw unreadableBody();
  const requests = request.body.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    throw badRequest("Invalid batch payload format.");
  if (requests.length > maxBatchRequests)
    throw badRequest(`The number of requests in a batch is limited to ${maxBatchRequests}.`);
  const items = requests.map(readItem);
  validateDependencies(items);
  const responses: JsonObject[] = [];
  const statusById = new Map<string, Promise<number>>();
  let running = 0;
  const waiters: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    while (running >= parallelItems) await new Promise<void>((resolve) => waiters.push(resolve));
    running += 1;
  };
  const release = (): void => {
    running -= 1;
    waiters.shift()?.();
  };
  const execute = async (item: BatchItem): Promise<number> => {
    const dependencyStatuses = await Promise.all(item.dependsOn.map((id) => statusOf(id)));
    if (dependencyStatuses.some((status) => status >= 400)) {
      const failed = new GraphError(424, "FailedDependency", "Failed dependency.");
      const ids = {
        requestId: randomUUID(),
        clientRequestId: request.clientRequestId,
        date: env.deps.clock.now(),
      };
      responses.push({
        id: item.id,
        status: 424,
        headers: { "Content-Type": "application/json" },
        body: buildErrorBody(failed, ids),
      });
      return 424;
    }
    await acquire();
    try {
      const subRequest = toSubRequest(item, request);
      const response = await dispatchGraphRequest(subRequest, env);
      env.logExchange(subRequest, response);
      responses.push({
        id: item.id,
        status: response.status,
        headers: response.headers,
        ...(response.body === undefined ? {} : { body: response.body }),
      });
      return response.status;
    } finally {
      release();
    }
  };
  const statusOf = (id: string): Promise<number> => {
    const key = id.toLowerCase();
    const existing = statusById.get(key);
    if (existing) return existing;
    const item = items.find((candidate) => candidate.id.toLowerCase() === key);
    const started = item ? execute(item) : Promise.resolve(424);
    statusById.set(key, started);
    return started;
  };
  await Promise.all(items.map((item) => statusOf(item.id)));
  return jsonResponse(200, { responses });
}
