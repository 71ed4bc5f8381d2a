// Settings' Account: the Outlook mailbox, who is signed in to Tempo (from Graph's GET /me), and Sign in / Sign out.
import { Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import { DetailsList } from "@/ui/components/details-list";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import { AuthErrorMessage } from "./auth-error-message";
import type { AccountController } from "./use-account";

function describeSignIn(controller: AccountController): string {
  const { state } = controller;
  if (state.status === "signed_in") {
    const { profile, account } = state.overview;
    const name = profile.displayName ?? account.displayName;
    const address = profile.mail ?? profile.userPrincipalName ?? account.username;
    return `Signed in as ${name} (${address})`;
  }
  if (state.status === "checking") return "Checking…";
  if (state.status === "signing_in") return "Signing in…";
  return "Not signed in";
}

export function AccountSection({ controller }: { readonly controller: AccountController }) {
  const headingId = useId();
  const userProfile = useOfficeContext()?.context.mailbox?.userProfile;
  const { state } = controller;
  const isBusy = state.status === "checking" || state.status === "signing_in";
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Account
      </Subtitle2>
      <DetailsList
        items={[
          {
            term: "Outlook mailbox",
            description: userProfile
              ? `${userProfile.displayName} (${userProfile.emailAddress})`
              : "Not running inside Outlook",
          },
          { term: "Tempo sign-in", description: describeSignIn(controller) },
        ]}
      />
      {isBusy ? <Spinner size="tiny" label={describeSignIn(controller)} /> : null}
      {state.status === "signed_in" ? (
        <Button onClick={controller.signOut}>Sign out</Button>
      ) : (
        <Button appearance="primary" disabled={isBusy} onClick={controller.signIn}>
          Sign in
        </Button>
      )}
      {state.status === "failed" ? (
        <AuthErrorMessage error={state.error} onRetry={controller.signIn} />
      ) : null}
      <Caption1 as="p">
        Tempo signs in with this Microsoft 365 account to read tracked mail and your calendar.
      </Caption1>
    </section>
  );
}
