// The host answers only frames it created, at the panes' origin, and always answers them (with an error if need be).
import { OfficeCallError, rpcChannel } from "../protocol";
import { createHostRpcListener, type FrameRecord, type RpcHandler } from "./host-rpc";

const panesOrigin = "http://localhost:3000";

function setUp() {
  const paneWindow = { postMessage: jest.fn() };
  const strangerWindow = { postMessage: jest.fn() };
  const frame: FrameRecord = { kind: "pane", paneId: "pane-1", surface: "compose" };
  const handle = jest.fn<ReturnType<RpcHandler>, Parameters<RpcHandler>>(() =>
    Promise.resolve(null),
  );
  const listener = createHostRpcListener({
    panesOrigin,
    findFrame: (source) => (source === paneWindow ? frame : undefined),
    handle: handle as unknown as RpcHandler,
  });
  const request = { channel: rpcChannel, kind: "request", id: 7, method: "item.get", params: {} };
  const deliver = (source: unknown, origin: string, data: unknown = request) =>
    listener({ source, origin, data } as unknown as MessageEvent<unknown>);
  return { paneWindow, strangerWindow, frame, handle, deliver };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createHostRpcListener", () => {
  it("answers its own frame at the panes' origin, addressed to that origin", async () => {
    const { paneWindow, frame, handle, deliver } = setUp();
    deliver(paneWindow, panesOrigin);
    await flush();
    expect(handle).toHaveBeenCalledWith(frame, "item.get", {}, panesOrigin);
    expect(paneWindow.postMessage).toHaveBeenCalledWith(
      { channel: rpcChannel, kind: "response", id: 7, ok: true, value: null },
      panesOrigin,
    );
  });

  it("ignores a window it did not create, even at the panes' origin", async () => {
    const { strangerWindow, handle, deliver } = setUp();
    deliver(strangerWindow, panesOrigin);
    await flush();
    expect(handle).not.toHaveBeenCalled();
    expect(strangerWindow.postMessage).not.toHaveBeenCalled();
  });

  it("ignores its own frame once it has navigated to another origin", async () => {
    const { paneWindow, handle, deliver } = setUp();
    deliver(paneWindow, "https://evil.example");
    deliver(paneWindow, "http://127.0.0.1:3000");
    await flush();
    expect(handle).not.toHaveBeenCalled();
    expect(paneWindow.postMessage).not.toHaveBeenCalled();
  });

  it("ignores messages that are not workbench requests (MSAL, NAA, responses)", async () => {
    const { paneWindow, handle, deliver } = setUp();
    deliver(paneWindow, panesOrigin, { naa: "{}" });
    deliver(paneWindow, panesOrigin, {
      channel: rpcChannel,
      kind: "response",
      id: 1,
      ok: true,
      value: null,
    });
    deliver(paneWindow, panesOrigin, "hello");
    await flush();
    expect(handle).not.toHaveBeenCalled();
  });

  it("answers a failing handler with the Office error instead of staying silent", async () => {
    const { paneWindow, handle, deliver } = setUp();
    handle.mockRejectedValueOnce(
      new OfficeCallError(9025, "NumberOfNotificationsExceeded", "too many"),
    );
    deliver(paneWindow, panesOrigin);
    await flush();
    expect(paneWindow.postMessage).toHaveBeenCalledWith(
      {
        channel: rpcChannel,
        kind: "response",
        id: 7,
        ok: false,
        error: { code: 9025, name: "NumberOfNotificationsExceeded", message: "too many" },
      },
      panesOrigin,
    );
  });
});
