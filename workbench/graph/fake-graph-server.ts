// Starts the fake Microsoft Graph: a node:http server on loopback over an in-memory mailbox, with CORS, logging and the /_fake control API.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { seedDemoMailbox } from "../demo/seed-demo-mailbox";
import { workbenchPorts } from "../workbench-config";
import { AutoResponders, defaultResponderSettings } from "./auto-responders";
import { runBatch } from "./batch";
import { CalendarStore } from "./calendar-store";
import { handleControl } from "./control-routes";
import { DeltaRegistry } from "./delta-state";
import { createFakeClock } from "./fake-clock";
import { FaultController } from "./faults";
import { DroppedConnection, dispatchGraphRequest } from "./graph-dispatch";
import { GraphError, buildErrorBody } from "./graph-errors";
import { MailboxStore } from "./mailbox-store";
import { openRequestLog } from "./request-log";
import { SendPipeline } from "./send-pipeline";
import type { RequestRecord } from "./faults";
import type { GraphDeps } from "./graph-deps";
import type { DispatchEnv } from "./graph-dispatch";
import type { GraphRequest, GraphResponse, Json } from "./graph-types";
import type { Delivery } from "./send-pipeline";
import type { FakeClock } from "./fake-clock";
import type { TokenClaims } from "./auth-scopes";
import type { ResponderSettings } from "./auto-responders";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";

export type { TokenClaims } from "./auth-scopes";
export type { Delivery } from "./send-pipeline";
export type { FaultRule, FaultSwitches, RequestRecord } from "./faults";
export type { ResponderSettings } from "./auto-responders";

export interface FakeGraphOptions {
  port?: number;
  host?: string;
  logPath?: string;
  seed?: "demo" | "empty";
  now?: Date;
  verifyToken?: (jwt: string) => Promise<TokenClaims | null>;
  enforceScopes?: boolean;
  /** Extra: stop the fake clock from ticking with real time (for exact timestamps in tests). */
  isClockFrozen?: boolean;
  /** Demo prospects who answer; default on, answering 5 s (fake clock) after delivery. */
  responders?: Partial<ResponderSettings>;
}

export interface FakeGraph {
  baseUrl: string;
  graphUrl: string;
  store: MailboxStore;
  calendar: CalendarStore;
  clock: FakeClock;
  faults: FaultController;
  responders: AutoResponders;
  deliveries(): Delivery[];
  /** Every /v1.0 request (batch items included) with its real start time. */
  requests(): RequestRecord[];
  /** Resolves once every pending Sent Items copy has been written. */
  settled(): Promise<void>;
  reset(options?: { seed?: "demo" | "empty"; now?: string }): void;
  close(): Promise<void>;
}

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "Retry-After, request-id, client-request-id, Location, Preference-Applied, WWW-Authenticate",
};

function readBody(
  request: IncomingMessage,
): Promise<{ body: Json | undefined; isMalformed: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("error", (error: Error) => reject(error));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") return resolve({ body: undefined, isMalformed: false });
      try {
        resolve({ body: JSON.parse(text) as Json, isMalformed: false });
      } catch (error) {
        if (error instanceof SyntaxError) resolve({ body: undefined, isMalformed: true });
        else reject(new Error("Unreadable request body", { cause: error }));
      }
    });
  });
}

function writeResponse(response: ServerResponse, graphResponse: GraphResponse): void {
  response.writeHead(graphResponse.status, { ...corsHeaders, ...graphResponse.headers });
  response.end(graphResponse.body === undefined ? undefined : JSON.stringify(graphResponse.body));
}

function applySeed(deps: GraphDeps, seed: "demo" | "empty", now: Date): void {
  const data = seedDemoMailbox(now);
  deps.calendar.applySeed(data);
  if (seed === "empty") return;
  for (const message of data.messages) deps.store.addMessage(message);
  for (const event of data.events) deps.calendar.addEvent(event);
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const host = options.host ?? "127.0.0.1";
  const clock = createFakeClock({
    initial: options.now ?? new Date(),
    isFrozen: options.isClockFrozen ?? false,
  });
  const faults = new FaultController();
  const log = openRequestLog(options.logPath ?? process.env.GRAPH_LOG);
  const delta = new DeltaRegistry();
  let graphUrl = "";
  const build = (): GraphDeps => {
    const store = new MailboxStore(clock);
    const calendar = new CalendarStore(clock);
    const sender = new SendPipeline(store, clock, faults);
    const responders = new AutoResponders(store, clock, {
      ...defaultResponderSettings,
      ...options.responders,
    });
    sender.onDelivered = (delivery, props) => responders.onDelivered(delivery, props);
    return { store, calendar, clock, faults, delta, graphUrl, sender, responders };
  };
  let current = build();
  const reset = (resetOptions: { seed?: "demo" | "empty"; now?: string } = {}): void => {
    current.sender.close();
    faults.reset();
    delta.clear();
    if (resetOptions.now !== undefined) clock.set(resetOptions.now);
    current = build();
    applySeed(current, resetOptions.seed ?? options.seed ?? "demo", clock.now());
  };
  applySeed(current, options.seed ?? "demo", clock.now());
  const releaseDue = (): void => {
    current.sender.releaseDue();
    current.responders.releaseDue();
  };
  clock.onChange(releaseDue);
  const releaseTimer = setInterval(releaseDue, 250);
  releaseTimer.unref();

  const env = (): DispatchEnv => ({
    deps: current,
    enforceScopes: options.enforceScopes ?? true,
    ...(options.verifyToken ? { verifyToken: options.verifyToken } : {}),
    runBatch,
    logExchange: (request, response) =>
      log.write(request, response, `${current.graphUrl}${request.path}`),
  });

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        ...corsHeaders,
        "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": request.headers["access-control-request-headers"] ?? "*",
        "Access-Control-Max-Age": "600",
      });
      response.end();
      return;
    }
    const { body, isMalformed } = await readBody(request);
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(", ") : (value ?? ""),
      ]),
    );
    const graphRequest: GraphRequest = {
      method: (request.method ?? "GET").toUpperCase(),
      path: url.pathname.replace(/^\/v1\.0/i, "") || "/",
      query: url.searchParams,
      headers,
      body,
      isBodyMalformed: isMalformed,
      requestId: randomUUID(),
      clientRequestId: headers["client-request-id"] ?? randomUUID(),
    };
    const ids = {
      requestId: graphRequest.requestId,
      clientRequestId: graphRequest.clientRequestId,
      date: clock.now(),
    };
    const idHeaders = { "request-id": ids.requestId, "client-request-id": ids.clientRequestId };
    try {
      if (url.pathname.startsWith("/_fake/")) {
        writeResponse(response, {
          ...handleControl(
            { deps: current, reset },
            graphRequest.method,
            url.pathname,
            body,
            isMalformed,
          ),
        });
        return;
      }
      if (!/^\/v1\.0(\/|$)/i.test(url.pathname))
        throw new GraphError(400, "BadRequest", "Invalid version.");
      const graphResponse = await dispatchGraphRequest(graphRequest, env());
      log.write(
        graphRequest,
        graphResponse,
        `${current.graphUrl}${graphRequest.path}${url.search}`,
      );
      writeResponse(response, graphResponse);
    } catch (error) {
      if (error instanceof DroppedConnection) {
        request.socket.destroy();
        return;
      }
      const graphError =
        error instanceof GraphError
          ? error
          : new GraphError(
              500,
              "InternalServerError",
              error instanceof Error ? error.message : "Internal error",
            );
      writeResponse(response, {
        status: graphError.status,
        headers: { ...graphError.headers, ...idHeaders, "Content-Type": "application/json" },
        body: buildErrorBody(graphError, ids),
      });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? workbenchPorts.graph, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;
  graphUrl = `${baseUrl}/v1.0`;
  current.graphUrl = graphUrl;

  return {
    baseUrl,
    graphUrl,
    get store() {
      return current.store;
    },
    get calendar() {
      return current.calendar;
    },
    get responders() {
      return current.responders;
    },
    clock,
    faults,
    deliveries: () => current.sender.deliveries,
    requests: () => faults.requests,
    settled: () => current.sender.idle(),
    reset,
    close: async () => {
      clearInterval(releaseTimer);
      current.sender.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await log.close();
    },
  };
}
