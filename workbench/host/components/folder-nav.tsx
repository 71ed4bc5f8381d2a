// The folder list and the "New message" button, like Outlook on the web's left rail.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useHostServices, useHostState } from "../host-context";
import type { FolderId } from "../graph-client";

const folders: Array<{ id: FolderId; label: string }> = [
  { id: "inbox", label: "Inbox" },
  { id: "sentitems", label: "Sent Items" },
  { id: "drafts", label: "Drafts" },
];

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  folder: { justifyContent: "flex-start", width: "100%" },
});

export function FolderNav() {
  const styles = useStyles();
  const { actions } = useHostServices();
  const { folder: current } = useHostState();
  return (
    <nav aria-label="Folders" className={styles.nav}>
      <Button appearance="primary" onClick={() => actions.openCompose()}>
        New message
      </Button>
      <ul className={styles.list}>
        {folders.map((folder) => (
          <li key={folder.id}>
            <Button
              className={styles.folder}
              appearance={folder.id === current ? "secondary" : "subtle"}
              aria-current={folder.id === current ? "page" : undefined}
              onClick={() => {
                actions.loadFolder(folder.id).catch(actions.reportError);
              }}
            >
              {folder.label}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
