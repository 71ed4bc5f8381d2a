// The host answers NAA requests only from task-pane frames it created, at the panes' origin, and posts back to that origin.
import { installNestedAppAuthBridge } from "../shim/naa-bridge";
import { naaChannel } from "./naa-channel";
import { createNaaHostListener } from "./naa-host-listener";
import type { FrameRecord } from "../rpc/host-rpc";

const panesOrigin = "http://localhost:3000";

function setUp(frame: FrameRecord | undefined) {
  const posted: Array<{ message: unknown; origin: string }> = [];
  const paneWindow = {
    postMessage: (message: unknown, origin: string) => posted.push({ message, origin }),
  };
  const broker = { handle: jest.fn((message: string) => Promise.resolve(`answer:${message}`)) };
  const listener = createNaaHostListener({
    panesOrigin,
    findFrame: () => frame,
    broker,
    onError: jest.fn(),
  });
  return { posted, paneWindow, broker, listener };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("NAA host listener", () => {
  it("relays a pane's request to the broker and answers the pane at its origin", async () => {
    const { posted, paneWindow, listener } = setUp({ kind: "pane", paneId: "p1", surface: "read" });

    listener({
      origin: panesOrigin,
      source: paneWindow,
      data: { channel: naaChannel, kind: "request", message: "m" },
    } as unknown as MessageEvent);
    await flush();

    expect(posted).toStrictEqual([
      {
        message: { channel: naaChannel, kind: "response", message: "answer:m" },
        origin: panesOrigin,
      },
    ]);
  });

  it.each([
    [
      "another origin",
      "http://evil.test",
      { kind: "pane", paneId: "p1", surface: "read" } as FrameRecord,
    ],
    ["a frame the host did not create", panesOrigin, undefined],
    ["a dialog frame", panesOrigin, { kind: "dialog", dialogId: "d1" } as FrameRecord],
  ])("ignores %s", async (_case, origin, frame) => {
    const { posted, paneWindow, broker, listener } = setUp(frame);

    listener({
      origin,
      source: paneWindow,
      data: { channel: naaChannel, kind: "request", message: "m" },
    } as unknown as MessageEvent);
    await flush();

    expect(broker.handle).not.toHaveBeenCalled();
    expect(posted).toStrictEqual([]);
  });
});

describe("nestedAppAuthBridge in the shim", () => {
  it("posts requests to the host and hands back only the host's answers", () => {
    const hostPosts: Array<{ message: unknown; origin: string }> = [];
    const hostWindow = {
      postMessage: (message: unknown, origin: string) => hostPosts.push({ message, origin }),
    } as unknown as Window;
    let onMessage: (event: MessageEvent) => void = () => undefined;
    const self = {
      addEventListener: (_type: string, handler: (event: MessageEvent) => void) => {
        onMessage = handler;
      },
    } as unknown as Window;
    const bridge = installNestedAppAuthBridge({
      self,
      hostWindow,
      hostOrigin: "http://127.0.0.1:3000",
    });
    const received: string[] = [];
    bridge.addEventListener("message", (response) => received.push(response));

    bridge.postMessage("request-json");
    onMessage({
      source: hostWindow,
      origin: "http://127.0.0.1:3000",
      data: { channel: naaChannel, kind: "response", message: "ok" },
    } as MessageEvent);
    onMessage({
      source: {},
      origin: "http://127.0.0.1:3000",
      data: { channel: naaChannel, kind: "response", message: "spoofed" },
    } as MessageEvent);
    onMessage({
      source: hostWindow,
      origin: "http://evil.test",
      data: { channel: naaChannel, kind: "response", message: "spoofed" },
    } as MessageEvent);

    expect(hostPosts).toStrictEqual([
      {
        message: { channel: naaChannel, kind: "request", message: "request-json" },
        origin: "http://127.0.0.1:3000",
      },
    ]);
    expect(received).toStrictEqual(["ok"]);
    expect((self as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge).toBe(bridge);
  });
});
