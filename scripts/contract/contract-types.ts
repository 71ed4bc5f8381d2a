// Shared shapes of the Graph contract checker: log lines, violations and the rule vocabulary.

/** A JSON value as parsed from a log line or a request/response body. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** One served request as the fake Graph writes it to its JSONL log. */
export interface GraphLogLine {
  time?: string;
  method: string;
  /** The absolute request URL; when present its path (with `/v1.0`) is what gets checked. */
  url?: string;
  /** `/v1.0/me/messages`; a path without a version is read as below `/v1.0`. */
  path: string;
  query: Record<string, string>;
  requestHeaders: Record<string, string>;
  requestBody: JsonValue;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: JsonValue;
  batchParent?: string | number;
}

/** Every rule the checker can report; tests and callers branch on these, never on message text. */
export const ContractRule = {
  logLine: "log-line",
  path: "path",
  method: "method",
  queryOption: "query-option",
  queryRequired: "query-required",
  select: "select",
  expand: "expand",
  filter: "filter",
  orderby: "orderby",
  top: "top",
  preferHeader: "prefer-header",
  requestBody: "request-body",
  actionParameter: "action-parameter",
  batch: "batch",
  responseBody: "response-body",
  responseShape: "response-shape",
  errorShape: "error-shape",
  noContent: "no-content",
  pageLink: "page-link",
} as const;
export type ContractRule = (typeof ContractRule)[keyof typeof ContractRule];

/** A finding before it is attached to a log line. */
export interface Finding {
  rule: ContractRule;
  message: string;
}

export interface Violation extends Finding {
  /** 1-based line number in the log. */
  line: number;
  method: string;
  /** The request path; `/$batch#<id>` style suffix for a sub-request of a batch. */
  path: string;
}

/** A header or id value as text: strings as they are, anything else as JSON. */
export function toText(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
