// Graph-shaped errors: a throwable carrying status, code and headers, and the `{error:{…}}` body Graph returns.
import type { JsonObject } from "./graph-types";

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export const badRequest = (message: string, code = "BadRequest"): GraphError =>
  new GraphError(400, code, message);

export const itemNotFound = (): GraphError =>
  new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");

export const malformedId = (): GraphError =>
  new GraphError(400, "ErrorInvalidIdMalformed", "Id is malformed.");

export const unreadableBody = (): GraphError =>
  badRequest(
    "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
  );

/** `innerError.date` is written as Graph does: seconds precision, no zone suffix. */
export function buildErrorBody(
  error: GraphError,
  ids: { requestId: string; clientRequestId: string; date: Date },
): JsonObject {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: ids.date.toISOString().slice(0, 19),
        "request-id": ids.requestId,
        "client-request-id": ids.clientRequestId,
      },
    },
  };
}
