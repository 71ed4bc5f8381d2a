// What every route handler receives: the stores, clock, faults and services of one fake Graph instance, plus the request context.
import type { AutoResponders } from "./auto-responders";
import type { CalendarStore } from "./calendar-store";
import type { DeltaRegistry } from "./delta-state";
import type { FakeClock } from "./fake-clock";
import type { FaultController } from "./faults";
import type { GraphRequest, GraphResponse } from "./graph-types";
import type { MailboxStore } from "./mailbox-store";
import type { IdType } from "./message-view";
import type { SendPipeline } from "./send-pipeline";

export interface GraphDeps {
  store: MailboxStore;
  calendar: CalendarStore;
  clock: FakeClock;
  faults: FaultController;
  sender: SendPipeline;
  /** Demo prospects who answer mail delivered to them. */
  responders: AutoResponders;
  /** e.g. "http://127.0.0.1:4100/v1.0" */
  graphUrl: string;
  delta: DeltaRegistry;
}

export interface Preferences {
  idType: IdType;
  /** The zone name as the caller wrote it (Windows or IANA). */
  timeZone?: string;
  maxPageSize?: number;
}

export interface RouteContext {
  req: GraphRequest;
  params: Record<string, string>;
  deps: GraphDeps;
  prefer: Preferences;
  scopes: Set<string>;
  isMailBasicOnly: boolean;
  /** Absolute URL of this request under graphUrl (for nextLink/deltaLink). */
  requestUrl: URL;
}

export type RouteHandler = (context: RouteContext) => Promise<GraphResponse> | GraphResponse;

export interface RouteDef {
  method: string;
  /** Relative to the user, e.g. "/mailFolders/{folderId}/messages/delta"; "" is the user itself. */
  pattern: string;
  handler: RouteHandler;
}

/** Splits a Prefer header, e.g. `outlook.timezone="Pacific Standard Time", IdType="ImmutableId", odata.maxpagesize=5`. */
export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = { idType: "rest" };
  for (const part of (header ?? "").match(/[^,"]+(?:"[^"]*"[^,"]*)*/g) ?? []) {
    const [rawName = "", ...rawValue] = part.split("=");
    const name = rawName.trim().toLowerCase();
    const value = rawValue.join("=").trim().replace(/^"|"$/g, "");
    if (name === "idtype" && value.toLowerCase() === "immutableid")
      preferences.idType = "immutable";
    if (name === "outlook.timezone" && value !== "") preferences.timeZone = value;
    if (name === "odata.maxpagesize" && /^\d+$/.test(value))
      preferences.maxPageSize = Number(value);
  }
  return preferences;
}
