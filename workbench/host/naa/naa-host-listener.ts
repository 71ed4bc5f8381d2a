// The host page's NAA listener: only task-pane frames it created, only at the panes' origin, and every request answered.
import { isNaaChannelMessage, naaChannel } from "./naa-channel";
import type { FrameRecord, MessageTarget } from "../rpc/host-rpc";
import type { NaaBroker } from "./naa-broker";

export function createNaaHostListener(options: {
  panesOrigin: string;
  findFrame(source: unknown): FrameRecord | undefined;
  broker: Pick<NaaBroker, "handle">;
  onError(error: unknown): void;
}): (event: MessageEvent<unknown>) => void {
  return (event) => {
    if (event.origin !== options.panesOrigin || !isNaaChannelMessage(event.data, "request")) return;
    if (options.findFrame(event.source)?.kind !== "pane") return;
    const source = event.source as unknown as MessageTarget;
    options.broker.handle(event.data.message).then(
      (response) => {
        if (response !== undefined)
          source.postMessage(
            { channel: naaChannel, kind: "response", message: response },
            options.panesOrigin,
          );
      },
      (error: unknown) => options.onError(error),
    );
  };
}
