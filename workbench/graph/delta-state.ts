// Messages delta bookkeeping: per-token baselines, the diff that yields created / partial-updated / @removed items, and token epochs.
import { randomBytes } from "node:crypto";
import type { JsonObject } from "./graph-types";
import type { IdType } from "./message-view";
import type { FilterNode } from "./odata-filter-parser";

export type ChangeType = "created" | "updated" | "deleted";

export interface DeltaOptions {
  folderId: string;
  /** The path and query of the initial request, for the 410 Location header. */
  initialUrl: string;
  select?: string[];
  expandExtended?: FilterNode;
  minReceived?: { op: "ge" | "gt"; ms: number };
  changeType?: ChangeType;
  idType: IdType;
  pageSize: number;
}

export interface BaselineEntry {
  id: string;
  view: JsonObject;
}

export type Baseline = Map<string, BaselineEntry>;

export interface DeltaSession {
  epoch: number;
  options: DeltaOptions;
  /** For a $deltatoken: the state the client has. For a $skiptoken: the state it will have after the last page. */
  baseline: Baseline;
  /** Only for a $skiptoken: items still to hand out. */
  remaining?: JsonObject[];
}

export class DeltaRegistry {
  private readonly sessions = new Map<string, DeltaSession>();

  save(session: DeltaSession): string {
    const token = randomBytes(30).toString("base64url");
    this.sessions.set(token, session);
    return token;
  }

  find(token: string): DeltaSession | undefined {
    return this.sessions.get(token);
  }

  clear(): void {
    this.sessions.clear();
  }
}

/** Read-state and flag changes come back partial: id plus what changed (GRAPH-FACTS B5, microsoft-graph-docs#7776). */
const partialProperties = new Set([
  "isRead",
  "flag",
  "categories",
  "importance",
  "inferenceClassification",
]);
const ignoredForDiff = new Set(["lastModifiedDateTime", "changeKey", "webLink"]);

export function diffBaselines(options: {
  before: Baseline;
  after: Baseline;
  changeType?: ChangeType;
  renderFull: (key: string) => JsonObject;
}): JsonObject[] {
  const { before, after, changeType } = options;
  const wants = (kind: ChangeType): boolean => changeType === undefined || changeType === kind;
  const changes: JsonObject[] = [];
  for (const [key, entry] of after) {
    const previous = before.get(key);
    if (previous?.id !== entry.id) {
      if (wants("created")) changes.push(options.renderFull(key));
      continue;
    }
    const changed = Object.keys(entry.view).filter(
      (name) =>
        !ignoredForDiff.has(name) &&
        JSON.stringify(entry.view[name]) !== JSON.stringify(previous.view[name]),
    );
    if (changed.length === 0 || !wants("updated")) continue;
    const isPartial = changed.every((name) => partialProperties.has(name));
    if (!isPartial) {
      changes.push(options.renderFull(key));
      continue;
    }
    const partial: JsonObject = { "@odata.type": "#microsoft.graph.message", id: entry.id };
    for (const name of changed) partial[name] = entry.view[name] ?? null;
    partial.parentFolderId = entry.view.parentFolderId ?? null;
    changes.push(partial);
  }
  for (const [key, entry] of before) {
    const current = after.get(key);
    const isGone = current === undefined || current.id !== entry.id;
    if (isGone && wants("deleted"))
      changes.push({
        "@odata.type": "#microsoft.graph.message",
        id: entry.id,
        "@removed": { reason: "deleted" },
      });
  }
  return changes;
}
