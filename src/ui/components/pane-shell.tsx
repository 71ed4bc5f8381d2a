// The frame of every pane: a Fluent theme that follows Office, a titled header, and an error boundary.
import { FluentProvider, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useOfficeTheme } from "@/ui/hooks/use-office-theme";
import { ErrorBoundary } from "./error-boundary";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
  },
});

export interface PaneShellProps {
  readonly title: string;
  readonly children: ReactNode;
}

export function PaneShell({ title, children }: PaneShellProps) {
  const styles = useStyles();
  const theme = useOfficeTheme();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {/* The pane lives inside Outlook's page, whose banner and main are Outlook's own: the pane's main
          landmark carries the pane's name so screen readers (and axe across frames) can tell them apart. */}
      <div className={styles.header}>
        <Title3 as="h1">{title}</Title3>
      </div>
      <main className={styles.main} aria-label={`Tempo: ${title}`}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
