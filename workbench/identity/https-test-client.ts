// Test helper: one https request that trusts the provider's self-signed certificate (Node's fetch has no per-request CA) and never follows redirects.
import https from "node:https";

export interface TestResponse {
  status: number;
  location: string | undefined;
  text: string;
}

export interface TestRequest {
  url: string;
  ca: string;
  method?: "GET" | "POST";
  /** Sent form-encoded, as MSAL's token call is. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export function requestOverHttps(request: TestRequest): Promise<TestResponse> {
  const body =
    request.form === undefined ? undefined : new URLSearchParams(request.form).toString();
  const headers: Record<string, string> = { ...request.headers };
  if (body !== undefined)
    headers["Content-Type"] = "application/x-www-form-urlencoded;charset=utf-8";
  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      request.url,
      { method: request.method ?? (body === undefined ? "GET" : "POST"), ca: request.ca, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Parses a JSON body into a string-keyed record (tests then read fields with typeof checks or toMatchObject). */
export function parseJsonObject(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new Error(`not a JSON object: ${text}`);
  return parsed as Record<string, unknown>;
}
