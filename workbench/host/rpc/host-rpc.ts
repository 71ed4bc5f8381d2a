// The host's side of the RPC: accepts requests only from frames it created at the panes' origin, and always answers.
import {
  isWorkbenchMessage,
  rpcChannel,
  type HostEvent,
  type RpcMethod,
  type RpcMethods,
  type RpcRequest,
  type RpcResponse,
  type WireError,
} from "../protocol";

/** A window the host opened: a task pane, a dialog, or the hidden runtime of a launch event. */
export type FrameRecord =
  | { kind: "pane"; paneId: string; surface: "read" | "compose" }
  | { kind: "dialog"; dialogId: string }
  | { kind: "launch"; eventId: string };

/** Something that can receive postMessage: a Window, or a stand-in in tests. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export type RpcHandler = <M extends RpcMethod>(
  frame: FrameRecord,
  method: M,
  params: RpcMethods[M]["params"],
  origin: string,
) => Promise<RpcMethods[M]["result"]>;

export interface HostRpcOptions {
  panesOrigin: string;
  findFrame(source: unknown): FrameRecord | undefined;
  handle: RpcHandler;
}

function toWireError(error: unknown): WireError {
  const candidate = error as { code?: unknown; name?: unknown; message?: unknown } | null;
  if (typeof candidate?.code === "number") {
    const name = typeof candidate.name === "string" ? candidate.name : "Error";
    const message = typeof candidate.message === "string" ? candidate.message : "";
    return { code: candidate.code, name, message };
  }
  const message = error instanceof Error ? error.message : "The host failed.";
  return { code: 9020, name: "GenericResponseError", message };
}

function isRequest(data: unknown): data is RpcRequest {
  return (
    isWorkbenchMessage(data) &&
    data.kind === "request" &&
    typeof (data as { id?: unknown }).id === "number"
  );
}

/** Returns the `message` listener for the host window. Anything not from one of our frames at the panes' origin is dropped. */
export function createHostRpcListener(
  options: HostRpcOptions,
): (event: MessageEvent<unknown>) => void {
  return (event) => {
    if (event.origin !== options.panesOrigin || !isRequest(event.data)) return;
    const frame = options.findFrame(event.source);
    if (frame === undefined) return;
    const source = event.source as unknown as MessageTarget;
    const { id, method, params } = event.data;
    const reply = (response: RpcResponse) => source.postMessage(response, event.origin);
    options.handle(frame, method, params, event.origin).then(
      (value) =>
        reply({ channel: rpcChannel, kind: "response", id, ok: true, value: value ?? null }),
      (error: unknown) =>
        reply({ channel: rpcChannel, kind: "response", id, ok: false, error: toWireError(error) }),
    );
  };
}

/** Pushes an event to one frame, addressed to the panes' origin only. */
export function postHostEvent(target: MessageTarget, panesOrigin: string, event: HostEvent): void {
  target.postMessage({ channel: rpcChannel, kind: "event", event }, panesOrigin);
}
