// Builds well-formed fake-Graph log lines for tests of the contract checker.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findSharedDir } from "./graph-description";
import type { GraphLogLine, JsonValue } from "./contract-types";

/** A log line with JSON headers and a 200; override what the case is about. */
export function buildLogLine(
  overrides: Partial<GraphLogLine> & Pick<GraphLogLine, "method" | "path">,
): GraphLogLine {
  const hasBody = overrides.requestBody !== undefined && overrides.requestBody !== null;
  return {
    time: "2025-03-15T09:00:00.000Z",
    query: {},
    requestHeaders: {
      authorization: "Bearer test",
      ...(hasBody ? { "content-type": "application/json" } : {}),
    },
    requestBody: null,
    status: 200,
    responseHeaders: { "content-type": "application/json; odata.metadata=minimal" },
    responseBody: null,
    ...overrides,
  };
}

/** A verbatim example from `oracles/graph/docs-examples/`, e.g. `calendar-getschedule.example-request.json`. */
export function readDocsExample(fileName: string): JsonValue {
  const filePath = join(findSharedDir(), "oracles", "graph", "docs-examples", fileName);
  return JSON.parse(readFileSync(filePath, "utf8")) as JsonValue;
}
