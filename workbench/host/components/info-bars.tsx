// An item's notification messages, shown as Outlook's info bars above the message.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useHostState } from "../host-context";

const intents: Record<string, "info" | "error" | "warning"> = {
  errorMessage: "error",
  progressIndicator: "warning",
};

export function InfoBars({ itemKey }: { itemKey: string }) {
  const { notifications } = useHostState();
  const list = notifications[itemKey] ?? [];
  if (list.length === 0) return null;
  return (
    <div role="status" aria-label="Add-in notifications">
      {list.map((entry) => (
        <MessageBar key={entry.key} intent={intents[entry.type] ?? "info"}>
          <MessageBarBody>{entry.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
