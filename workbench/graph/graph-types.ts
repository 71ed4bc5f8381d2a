// Shared shapes of the fake Graph: JSON values, the internal request/response pair every handler speaks.

export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A Graph request after HTTP parsing; `$batch` sub-requests use the same shape. */
export interface GraphRequest {
  method: string;
  /** Path after `/v1.0`, starting with "/", not decoded beyond URL segments. */
  path: string;
  query: URLSearchParams;
  /** Header names are lower-case. */
  headers: Record<string, string>;
  body: Json | undefined;
  /** True when a body was sent but was not valid JSON. */
  isBodyMalformed: boolean;
  requestId: string;
  clientRequestId: string;
  batchParent?: string;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: Json;
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asString(value: Json | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function cloneJson<T extends Json>(value: T): T {
  return structuredClone(value);
}

export function jsonResponse(
  status: number,
  body?: Json,
  headers: Record<string, string> = {},
): GraphResponse {
  return { status, headers, ...(body === undefined ? {} : { body }) };
}

/** Text of a JSON value for comparisons and ids: strings as-is, null/undefined as "", anything else as JSON. */
export function asText(value: Json | undefined): string {
  if (typeof value === "string") return value;
  return value === undefined || value === null ? "" : JSON.stringify(value);
}

export function omitKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}
