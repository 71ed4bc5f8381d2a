// Writes every /v1.0 exchange (batch items included) as one JSON line, with the Authorization header redacted.
import { createWriteStream } from "node:fs";
import type { WriteStream } from "node:fs";
import type { GraphRequest, GraphResponse } from "./graph-types";

export interface RequestLog {
  write(request: GraphRequest, response: GraphResponse, url: string): void;
  close(): Promise<void>;
}

export function openRequestLog(path: string | undefined): RequestLog {
  const stream: WriteStream | undefined = path
    ? createWriteStream(path, { flags: "a" })
    : undefined;
  return {
    write: (request, response, url) => {
      if (!stream) return;
      const requestHeaders = {
        ...request.headers,
        ...(request.headers.authorization ? { authorization: "Bearer <redacted>" } : {}),
      };
      const entry = {
        time: new Date().toISOString(),
        requestId: request.requestId,
        method: request.method,
        url,
        path: request.path,
        query: Object.fromEntries(request.query.entries()),
        requestHeaders,
        requestBody: request.body ?? null,
        status: response.status,
        responseHeaders: response.headers,
        responseBody: response.body ?? null,
        ...(request.batchParent ? { batchParent: request.batchParent } : {}),
      };
      stream.write(`${JSON.stringify(entry)}\n`);
    },
    close: () => new Promise((resolve) => (stream ? stream.end(() => resolve()) : resolve())),
  };
}
