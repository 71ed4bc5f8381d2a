// Dashboard section: sign-in, then the rep's tracked emails (refreshed on open, on request and every few minutes).
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId } from "react";
import { EmptyState } from "@/ui/components/empty-state";
import { ErrorMessage } from "@/ui/components/error-message";
import { usePaneServices } from "@/ui/hooks/use-pane-services";
import { formatWhen, type DateFormatOptions } from "./tracking-labels";
import { useDashboardSession, type DashboardSessionController } from "./use-dashboard-session";
import { useTrackedEmails, type TrackedEmailsController } from "./use-tracked-emails";

// The list (TanStack Virtual), chips, progress bar and timeline load after sign-in, off the first render.
const TrackedEmailsView = lazy(() =>
  import(/* webpackChunkName: "tracked-emails-view" */ "./tracked-emails-view").then((module) => ({
    default: module.TrackedEmailsView,
  })),
);

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface DashboardPaneProps extends DateFormatOptions {
  /** How often to refresh while the pane is visible. */
  readonly refreshIntervalMs?: number;
  /** The clock for "follow up due"; tests pass a fixed one. */
  readonly now?: () => Date;
}

const emptyTitle = "No tracked emails yet.";
const emptyHint =
  "Turn on Track in the compose pane to see replies, auto-replies and bounces here.";

function SignInPrompt({ controller }: { readonly controller: DashboardSessionController }) {
  const { session, signIn } = controller;
  if (session.status === "checking") return <Caption1 as="p">Checking your sign-in…</Caption1>;
  if (session.status === "failed") {
    return (
      <>
        <ErrorMessage error={session.error} />
        <Button onClick={signIn}>Try again</Button>
      </>
    );
  }
  return (
    <EmptyState title="Sign in to see your tracked emails.">
      Tempo reads your Sent Items and Inbox to tell you who replied.{" "}
      <Button appearance="primary" onClick={signIn} disabled={session.status === "signing_in"}>
        {session.status === "signing_in" ? "Signing in…" : "Sign in"}
      </Button>
    </EmptyState>
  );
}

function SignedInBody(props: {
  readonly emails: TrackedEmailsController;
  readonly options: DashboardPaneProps;
}) {
  const styles = useStyles();
  const { state, refresh, markSeen } = props.emails;
  const { snapshot } = state;
  const syncedAt = formatWhen(snapshot?.syncedAt, props.options);
  const hasNoEmails = snapshot !== undefined && snapshot.emails.length === 0;
  return (
    <>
      <div className={styles.toolbar}>
        <Button onClick={refresh} disabled={state.isSyncing}>
          Refresh
        </Button>
        {syncedAt === "" ? null : <Caption1>Updated {syncedAt}</Caption1>}
      </div>
      {state.error === undefined ? null : (
        <>
          <ErrorMessage error={state.error} />
          <Button onClick={refresh} disabled={state.isSyncing}>
            Try again
          </Button>
        </>
      )}
      {hasNoEmails ? <EmptyState title={emptyTitle}>{emptyHint}</EmptyState> : null}
      <Suspense fallback={<Caption1 as="p">Loading your tracked emails…</Caption1>}>
        <TrackedEmailsView
          snapshot={snapshot}
          progress={state.progress}
          isSyncing={state.isSyncing}
          onOpen={markSeen}
          locale={props.options.locale}
          timeZone={props.options.timeZone}
          now={props.options.now}
        />
      </Suspense>
    </>
  );
}

export function TrackedEmailsSection(props: DashboardPaneProps) {
  const styles = useStyles();
  const headingId = useId();
  const controller = useDashboardSession(usePaneServices());
  const { session } = controller;
  const emails = useTrackedEmails(
    session.status === "signed_in" ? session.services.tracking : undefined,
    props.refreshIntervalMs,
  );
  const unseenCount = emails.state.snapshot?.unseenCount ?? 0;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Tracked emails
        <span aria-live="polite">{unseenCount > 0 ? ` · ${String(unseenCount)} new` : ""}</span>
      </Subtitle2>
      {session.status === "signed_in" ? (
        <SignedInBody emails={emails} options={props} />
      ) : session.status === "unavailable" ? (
        <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>
      ) : (
        <SignInPrompt controller={controller} />
      )}
    </section>
  );
}
