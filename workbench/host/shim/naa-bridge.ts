// The pane side of nested app auth: `window.nestedAppAuthBridge`, as Outlook's office.js defines it, over postMessage to the host.
import { isNaaChannelMessage, naaChannel } from "../naa/naa-channel";

type BridgeListener = (response: string) => void;

/** MSAL's contract (naa/AuthBridge.ts): a plain object, strings in both directions. */
export interface NestedAppAuthBridge {
  postMessage(message: string): void;
  addEventListener(type: "message", listener: BridgeListener): void;
  removeEventListener(type: "message", listener: BridgeListener): void;
}

/** Installs the bridge on `self`; answers count only from `hostWindow` at `hostOrigin`. */
export function installNestedAppAuthBridge(options: {
  self: Window;
  hostWindow: Window;
  hostOrigin: string;
}): NestedAppAuthBridge {
  const { self, hostWindow, hostOrigin } = options;
  const listeners = new Set<BridgeListener>();
  self.addEventListener("message", (event: MessageEvent<unknown>) => {
    const isFromHost = event.source === hostWindow && event.origin === hostOrigin;
    if (!isFromHost || !isNaaChannelMessage(event.data, "response")) return;
    const { message } = event.data;
    listeners.forEach((listener) => listener(message));
  });
  const bridge: NestedAppAuthBridge = {
    postMessage(message) {
      hostWindow.postMessage({ channel: naaChannel, kind: "request", message }, hostOrigin);
    },
    addEventListener(type, listener) {
      if (type === "message") listeners.add(listener);
    },
    removeEventListener(type, listener) {
      if (type === "message") listeners.delete(listener);
    },
  };
  (self as unknown as { nestedAppAuthBridge: NestedAppAuthBridge }).nestedAppAuthBridge = bridge;
  return bridge;
}
