// Helpers for the fake Graph's own tests: unsigned tokens with chosen scopes, and a small fetch wrapper.
import { startFakeGraph } from "./fake-graph-server";
import type { FakeGraph } from "./fake-graph-server";
import type { FakeGraphOptions } from "./fake-graph-server";

export const allScopes =
  "User.Read Mail.ReadWrite Mail.Send Calendars.ReadWrite MailboxSettings.ReadWrite";
export const fixedNow = new Date("2025-03-12T17:00:00Z");
export const trackIdProperty = "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId";

export function makeToken(options: { scopes?: string; expiresInSeconds?: number } = {}): string {
  const encode = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString("base64url");
  const exp = Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3600);
  return `${encode({ alg: "RS256", typ: "JWT" })}.${encode({ scp: options.scopes ?? allScopes, exp, aud: "https://graph.microsoft.com" })}.c2lnbmF0dXJl`;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface Caller {
  (
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; token?: string | null },
  ): Promise<CallResult>;
}

export function createCaller(graph: FakeGraph): Caller {
  return async (method, path, options = {}) => {
    const token = options.token === undefined ? makeToken() : options.token;
    const headers: Record<string, string> = {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...options.headers,
    };
    const url = path.startsWith("/_fake/") ? `${graph.baseUrl}${path}` : `${graph.graphUrl}${path}`;
    const init: RequestInit = {
      method,
      headers,
      ...(options.body === undefined
        ? {}
        : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
    };
    const response = await fetch(url, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === "" ? undefined : (JSON.parse(text) as unknown),
    };
  };
}

export async function startTestGraph(
  options: FakeGraphOptions = {},
): Promise<{ graph: FakeGraph; call: Caller }> {
  const graph = await startFakeGraph({ port: 0, now: fixedNow, logPath: "", ...options });
  graph.faults.setSwitches({ sentCopyDelayMs: { min: 20, max: 40 } });
  return { graph, call: createCaller(graph) };
}

/** Narrow helper for Graph collection bodies in tests. */
export function valuesOf(result: CallResult): Array<Record<string, unknown>> {
  const body = result.body as { value?: Array<Record<string, unknown>> };
  return body.value ?? [];
}

export function errorOf(result: CallResult): { status: number; code: string } {
  const body = result.body as { error?: { code?: string } };
  return { status: result.status, code: body.error?.code ?? "" };
}
