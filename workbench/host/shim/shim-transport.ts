// The shim's side of the RPC: requests to the host window, answers by id, and pushed host events.
import {
  isWorkbenchMessage,
  rpcChannel,
  type HostEvent,
  type RpcMethod,
  type RpcMethods,
  type RpcRequest,
  type RpcResponse,
} from "../protocol";

/** How the shim reaches its host; tests pass an in-memory one. */
export interface ShimTransport {
  request<M extends RpcMethod>(
    method: M,
    params: RpcMethods[M]["params"],
  ): Promise<RpcMethods[M]["result"]>;
  onEvent(listener: (event: HostEvent) => void): void;
}

interface PostMessageTransportOptions {
  self: Window;
  hostWindow: Window;
  hostOrigin: string;
}

/** Talks to the host over postMessage, trusting only `hostWindow` at `hostOrigin`. */
export function createPostMessageTransport(options: PostMessageTransportOptions): ShimTransport {
  const { self, hostWindow, hostOrigin } = options;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void }
  >();
  const listeners: Array<(event: HostEvent) => void> = [];
  let nextId = 1;

  self.addEventListener("message", (event: MessageEvent<unknown>) => {
    const isFromHost = event.source === hostWindow && event.origin === hostOrigin;
    if (!isFromHost || !isWorkbenchMessage(event.data)) return;
    const message = event.data as RpcResponse | { kind: "event"; event: HostEvent };
    if (message.kind === "event" && "event" in message) {
      listeners.forEach((listener) => listener(message.event));
      return;
    }
    if (message.kind !== "response" || !("id" in message)) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (waiter === undefined) return;
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(message.error);
  });

  return {
    request<M extends RpcMethod>(method: M, params: RpcMethods[M]["params"]) {
      const id = nextId;
      nextId += 1;
      const request: RpcRequest<M> = { channel: rpcChannel, kind: "request", id, method, params };
      return new Promise<RpcMethods[M]["result"]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        hostWindow.postMessage(request, hostOrigin);
      });
    },
    onEvent(listener) {
      listeners.push(listener);
    },
  };
}
