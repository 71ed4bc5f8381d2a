// The selected folder's messages, newest first, as a list of selectable rows.
import { Body1Strong, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useHostServices, useHostState } from "../host-context";
import type { Message } from "@microsoft/microsoft-graph-types";

const useStyles = makeStyles({
  region: {
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: "260px",
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  empty: { padding: tokens.spacingHorizontalM },
});

function describeCorrespondent(message: Message, folder: string): string {
  const isOutgoing = folder === "sentitems" || folder === "drafts";
  const person = isOutgoing ? message.toRecipients?.[0] : message.from;
  return person?.emailAddress?.name ?? person?.emailAddress?.address ?? "(no name)";
}

function readWhenIso(message: Message): string {
  return message.receivedDateTime ?? message.sentDateTime ?? message.createdDateTime ?? "";
}

function formatWhen(message: Message): string {
  const iso = readWhenIso(message);
  return iso === "" ? "" : new Date(iso).toLocaleString();
}

/** Outlook lists the newest message first. */
function sortNewestFirst(messages: Message[]): Message[] {
  return [...messages].sort((left, right) => readWhenIso(right).localeCompare(readWhenIso(left)));
}

export function MessageList() {
  const styles = useStyles();
  const { actions } = useHostServices();
  const { messages, listStatus, folder, selectedId } = useHostState();
  return (
    <section aria-label="Message list" className={styles.region}>
      {listStatus === "loading" && <Spinner size="small" label="Loading messages" />}
      {listStatus === "ready" && messages.length === 0 && (
        <p className={styles.empty}>This folder is empty.</p>
      )}
      <ul className={styles.list}>
        {sortNewestFirst(messages).map((message) => {
          const id = message.id ?? "";
          const isSelected = id === selectedId;
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={isSelected}
                className={isSelected ? `${styles.row} ${styles.selected}` : styles.row}
                onClick={() => {
                  actions.selectMessage(id).catch(actions.reportError);
                }}
              >
                <Body1Strong>{describeCorrespondent(message, folder)}</Body1Strong>
                <span>{message.subject || "(no subject)"}</span>
                <Caption1>{formatWhen(message)}</Caption1>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
