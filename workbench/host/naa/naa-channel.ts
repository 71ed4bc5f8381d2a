// The postMessage envelope that carries MSAL's nested-app-auth strings between a pane's bridge and the host page.

/** Separate from the Office RPC channel, so each side ignores the other's traffic. */
export const naaChannel = "tempo-workbench-naa";

export interface NaaChannelMessage {
  channel: typeof naaChannel;
  kind: "request" | "response";
  /** MSAL's JSON string (BridgeRequestEnvelope / BridgeResponseEnvelope). */
  message: string;
}

export function isNaaChannelMessage(
  data: unknown,
  kind: NaaChannelMessage["kind"],
): data is NaaChannelMessage {
  const candidate = data as Partial<NaaChannelMessage> | null;
  return (
    typeof data === "object" &&
    candidate !== null &&
    candidate.channel === naaChannel &&
    candidate.kind === kind &&
    typeof candidate.message === "string"
  );
}
