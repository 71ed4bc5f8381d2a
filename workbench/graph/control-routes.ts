// The /_fake/ control API (no auth): health, reset, faults, clock, deliveries, host views, inbound mail, responders, and the Outlook client's own send/draft channel.
import { faultKinds } from "./faults";
import { GraphError, badRequest, unreadableBody } from "./graph-errors";
import { asText, isJsonObject, jsonResponse } from "./graph-types";
import { deliverInbound, inboundFolders, isInboundFolder } from "./inbound-delivery";
import { upsertExtendedProperties } from "./mailbox-store";
import { buildFullView } from "./message-view";
import { readMessageInput } from "./message-write-routes";
import { deferredSendTimeId, hostCustomPropertiesId } from "./send-pipeline";
import type { StoredMessage } from "./mailbox-store";
import type { GraphResponse } from "./graph-types";
import type { Json, JsonObject } from "./graph-types";
import type { GraphDeps } from "./graph-deps";
import type { FaultRule, FaultSwitches } from "./faults";

export interface ControlEnv {
  deps: GraphDeps;
  reset: (options: { seed?: "demo" | "empty"; now?: string }) => void;
}

function hostView(deps: GraphDeps, message: StoredMessage): JsonObject {
  return {
    ...buildFullView(deps.store, message, "immutable"),
    immutableId: message.immutableId,
    restId: message.restId,
    folder: deps.store.folderName(message),
    heldUntil:
      message.heldUntilMs === undefined ? null : new Date(message.heldUntilMs).toISOString(),
  };
}

function readFaultsBody(env: ControlEnv, body: JsonObject): JsonObject {
  const { faults } = env.deps;
  if (body.clear === true) faults.clear();
  const additions = Array.isArray(body.add) ? body.add : body.add === undefined ? [] : [body.add];
  for (const rule of additions) {
    const isRule = isJsonObject(rule) && faultKinds.some((kind) => kind === rule.kind);
    if (!isRule) throw badRequest(`A fault rule needs kind in ${faultKinds.join(", ")}.`);
    faults.add(rule as unknown as FaultRule);
  }
  if (isJsonObject(body.switches))
    faults.setSwitches(body.switches as unknown as Partial<FaultSwitches>);
  const mode = body.invalidateDeltaTokens;
  if (mode === "410" || mode === "syncStateNotFound") faults.invalidateDeltaTokens(mode);
  return describeFaults(env);
}

function describeFaults(env: ControlEnv): JsonObject {
  const { faults } = env.deps;
  return JSON.parse(
    JSON.stringify({
      rules: faults.rules,
      switches: faults.switches,
      deltaEpoch: faults.deltaEpoch,
      deltaInvalidationMode: faults.deltaInvalidationMode,
    }),
  ) as JsonObject;
}

/** `{message, folder?}`: mail from outside, into the Inbox unless `folder` says Junk Email. */
function receiveInbound(deps: GraphDeps, body: JsonObject): JsonObject {
  const folder = body.folder ?? "inbox";
  if (!isInboundFolder(folder))
    throw badRequest(`Inbound mail goes to one of ${inboundFolders.join(", ")}.`);
  return hostView(deps, deliverInbound(deps.store, { message: body.message, folder }));
}

/** `{isEnabled?, delayMs?}` switches the demo responders and sets their fake-clock delay. */
function configureResponders(deps: GraphDeps, body: JsonObject): JsonObject {
  const { isEnabled, delayMs } = body;
  const isValid =
    (isEnabled === undefined || typeof isEnabled === "boolean") &&
    (delayMs === undefined || (typeof delayMs === "number" && delayMs >= 0));
  if (!isValid) throw badRequest("Body must be {isEnabled?: boolean, delayMs?: number ≥ 0}.");
  deps.responders.configure({
    ...(isEnabled === undefined ? {} : { isEnabled }),
    ...(delayMs === undefined ? {} : { delayMs }),
  });
  return deps.responders.describe();
}

function customPropertiesOf(body: JsonObject): Array<{ id: string; value: string }> {
  return isJsonObject(body.customProperties)
    ? [{ id: hostCustomPropertiesId, value: JSON.stringify(body.customProperties) }]
    : [];
}

function saveHostDraft(deps: GraphDeps, body: JsonObject, draftId: string | undefined): JsonObject {
  const { props, extendedProperties } = readMessageInput(body.message ?? {});
  const custom = customPropertiesOf(body);
  if (draftId === undefined) {
    return hostView(
      deps,
      deps.store.addMessage({
        folder: "drafts",
        props: { ...props, isDraft: true },
        extendedProperties: [...extendedProperties, ...custom],
      }),
    );
  }
  const draft = deps.store.requireMessage(draftId);
  Object.assign(draft.props, props);
  upsertExtendedProperties(draft.extendedProperties, [...extendedProperties, ...custom]);
  deps.store.touch(draft);
  return hostView(deps, draft);
}

/** A message sent by the Outlook client itself: custom properties travel as cecp-<add-in id> (GRAPH-FACTS A1). */
function hostSend(deps: GraphDeps, body: JsonObject): JsonObject {
  const draft =
    typeof body.draftId === "string" ? deps.store.requireMessage(body.draftId) : undefined;
  const saved = saveHostDraft(deps, body, draft ? draft.immutableId : undefined);
  const message = deps.store.requireMessage(asText(saved.immutableId));
  if (typeof body.deferredSendTime === "string")
    upsertExtendedProperties(message.extendedProperties, [
      { id: deferredSendTimeId, value: body.deferredSendTime },
    ]);
  if (!deps.faults.switches.isHostCustomPropertyKeptOnSend)
    message.extendedProperties = message.extendedProperties.filter(
      (prop) => prop.id !== hostCustomPropertiesId,
    );
  const result = deps.sender.sendDraft(message, {
    via: "host",
    keepImmutableId: draft !== undefined && deps.faults.switches.isHostDraftIdKeptOnSend,
  });
  return {
    outcome: result.outcome,
    sentItemImmutableId: result.sentCopyImmutableId,
    draftImmutableId: message.immutableId,
  };
}

export function handleControl(
  env: ControlEnv,
  method: string,
  path: string,
  body: Json | undefined,
  isBodyMalformed: boolean,
): GraphResponse {
  const { deps } = env;
  const segments = path.split("/").filter(Boolean).slice(1).map(decodeURIComponent);
  const route = `${method} /${segments.join("/")}`;
  const input = isBodyMalformed
    ? undefined
    : isJsonObject(body)
      ? body
      : body === undefined
        ? {}
        : undefined;
  if (input === undefined) throw unreadableBody();
  const [first, second, third] = segments;
  if (route === "GET /health")
    return jsonResponse(200, {
      status: "ok",
      graphUrl: deps.graphUrl,
      now: deps.clock.now().toISOString(),
    });
  if (route === "POST /reset") {
    const seed = input.seed === "empty" ? "empty" : "demo";
    env.reset({ seed, ...(typeof input.now === "string" ? { now: input.now } : {}) });
    return jsonResponse(200, { status: "reset", seed, now: deps.clock.now().toISOString() });
  }
  if (route === "GET /faults") return jsonResponse(200, describeFaults(env));
  if (route === "POST /faults") return jsonResponse(200, readFaultsBody(env, input));
  if (route === "POST /clock") {
    if (typeof input.set === "string") deps.clock.set(input.set);
    if (typeof input.advanceMs === "number") deps.clock.advance(input.advanceMs);
    return jsonResponse(200, { now: deps.clock.now().toISOString() });
  }
  if (route === "GET /deliveries")
    return jsonResponse(200, { value: JSON.parse(JSON.stringify(deps.sender.deliveries)) as Json });
  if (route === "GET /requests")
    return jsonResponse(200, { value: JSON.parse(JSON.stringify(deps.faults.requests)) as Json });
  if (method === "GET" && first === "folders" && third === "messages" && second !== undefined) {
    const folder = deps.store.requireFolder(second);
    return jsonResponse(200, {
      value: deps.store.listMessages(folder.id).map((message) => hostView(deps, message)),
    });
  }
  if (method === "GET" && first === "messages" && second !== undefined)
    return jsonResponse(200, hostView(deps, deps.store.requireMessage(second)));
  if (route === "POST /inbound") return jsonResponse(201, receiveInbound(deps, input));
  if (route === "GET /responders") return jsonResponse(200, deps.responders.describe());
  if (route === "POST /responders") return jsonResponse(200, configureResponders(deps, input));
  if (route === "POST /host/send") return jsonResponse(202, hostSend(deps, input));
  if (route === "POST /host/drafts")
    return jsonResponse(201, saveHostDraft(deps, input, undefined));
  if (method === "PATCH" && first === "host" && second === "drafts" && third !== undefined)
    return jsonResponse(200, saveHostDraft(deps, input, third));
  throw new GraphError(404, "ResourceNotFound", `No control endpoint ${route}.`);
}
