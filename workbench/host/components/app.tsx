// The workbench page laid out like Outlook on the web: banner, folders, message list, reading or compose view, task pane.
import {
  Caption1,
  FluentProvider,
  makeStyles,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useHostState } from "../host-context";
import { ComposeForm } from "./compose-form";
import { FolderNav } from "./folder-nav";
import { HiddenFrames } from "./hidden-frames";
import { MessageList } from "./message-list";
import { ProfilePanel } from "./profile-panel";
import { ReadingView } from "./reading-view";
import { SmartAlertDialog } from "./smart-alert-dialog";
import { TaskPanes } from "./task-panes";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  profile: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: { display: "flex", flexGrow: 1, minWidth: 0 },
  status: { flexGrow: 1, color: tokens.colorNeutralForegroundOnBrand },
});

export function App() {
  const styles = useStyles();
  const { profile, compose, statusText } = useHostState();
  return (
    <FluentProvider theme={profile.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <header className={styles.banner}>
          <Title3 as="h1">Outlook · Tempo workbench</Title3>
          <Caption1 role="status" className={styles.status}>
            {statusText ?? ""}
          </Caption1>
          <div className={styles.profile}>
            <ProfilePanel />
          </div>
        </header>
        <div className={styles.body}>
          <FolderNav />
          <main className={styles.main}>
            <MessageList />
            {compose === null ? <ReadingView /> : <ComposeForm />}
          </main>
          <TaskPanes />
        </div>
        <HiddenFrames />
        <SmartAlertDialog />
      </div>
    </FluentProvider>
  );
}
