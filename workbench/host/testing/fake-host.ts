// Test harness: the real host store, actions and RPC handler behind an in-memory transport, with a scripted fake Graph.
import { defaultProfile } from "../client-profile";
import { createRpcHandler } from "../rpc/rpc-handlers";
import { createDialogManager } from "../state/dialog-manager";
import { createHostActions } from "../state/host-actions";
import { createInitialState, HostStore } from "../state/host-store";
import type { Message } from "@microsoft/microsoft-graph-types";
import type { HostGraphClient } from "../graph-client";
import type { ClientProfile, RpcMethod, RpcMethods } from "../protocol";
import type { FrameRecord } from "../rpc/host-rpc";
import type { ShimTransport } from "../shim/shim-transport";

export const testPanesOrigin = "http://localhost:3000";
export const testHostOrigin = "http://127.0.0.1:3000";

/** postMessage copies with structured clone; a JSON round trip catches the same mistakes (functions, Dates as objects). */
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function createFakeGraph(messages: Message[] = []): HostGraphClient & {
  sent: Array<{ message: Message; customProperties: Record<string, unknown> }>;
} {
  const sent: Array<{ message: Message; customProperties: Record<string, unknown> }> = [];
  return {
    sent,
    listFolder: () => Promise.resolve(messages),
    getMessage: (id) => {
      const found = messages.find((message) => message.id === id);
      return found === undefined ? Promise.reject(new Error("not found")) : Promise.resolve(found);
    },
    send: (message, customProperties) => {
      sent.push({ message, customProperties });
      return Promise.resolve({
        id: `sent-${sent.length}`,
        internetMessageId: `<sent-${sent.length}@contoso.com>`,
      });
    },
    createDraft: () => Promise.resolve({ id: "AAMk-draft_1" }),
    updateDraft: () => Promise.resolve(),
  };
}

export function createFakeHost(options: { profile?: ClientProfile; messages?: Message[] } = {}) {
  const store = new HostStore(createInitialState(options.profile ?? defaultProfile));
  const storage = new Map<string, string>();
  const storageApi = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  };
  const graph = createFakeGraph(options.messages);
  const actions = createHostActions(store, {
    graph,
    panesOrigin: testPanesOrigin,
    hostOrigin: testHostOrigin,
    manifestUrl: `${testPanesOrigin}/manifest.xml`,
    manifestOrigin: "https://localhost:3000",
    storage: storageApi,
    fetchText: () => Promise.reject(new Error("no manifest in tests")),
  });
  const dialogs = createDialogManager({
    store,
    panesOrigin: testPanesOrigin,
    hostOrigin: testHostOrigin,
    popups: { open: () => null },
  });
  const handle = createRpcHandler({
    store,
    actions,
    dialogs,
    panesOrigin: testPanesOrigin,
    storage: storageApi,
  });

  /** A transport for a shim living in `frame`; host events reach it on a later task, as postMessage does. */
  const connect = (frame: FrameRecord): ShimTransport => {
    const listeners: Array<Parameters<ShimTransport["onEvent"]>[0]> = [];
    store.registerFrame(
      {
        postMessage: (message: unknown) => {
          const { event } = clone(message as { event: Parameters<(typeof listeners)[number]>[0] });
          setTimeout(() => listeners.forEach((listener) => listener(event)), 0);
        },
      },
      frame,
    );
    return {
      request: <M extends RpcMethod>(method: M, params: RpcMethods[M]["params"]) =>
        handle(frame, method, clone(params), testPanesOrigin).then((value) => clone(value)),
      onEvent: (listener) => listeners.push(listener),
    };
  };
  return { store, actions, graph, storage, connect };
}

/** Turns an Office callback API into a promise of its AsyncResult. */
export function callAsync<T>(
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => invoke(resolve));
}
