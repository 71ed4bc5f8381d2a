// Compose pane section: schedule this email for later, in the recipient's time zone (the picker loads on demand).
import { Body1, Button, Card, CardHeader, Subtitle2 } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useId, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { ErrorMessage } from "@/ui/components/error-message";
import { useComposeRecipients } from "@/ui/hooks/use-compose-recipients";
import { useServicesOnDemand } from "@/ui/hooks/use-services-on-demand";
import type { SendLaterService } from "@/app/send-later/send-later-service";

// The picker (zone list, date inputs, time arithmetic) stays out of the compose pane's first load.
const SendLaterPicker = lazy(
  () => import(/* webpackChunkName: "send-later-picker" */ "./send-later-picker"),
);

type Opened =
  | { readonly status: "closed" }
  | { readonly status: "loading" }
  | { readonly status: "open"; readonly sendLater: SendLaterService }
  | { readonly status: "failed"; readonly error: AppError; readonly needsSignIn: boolean };

export function SendLaterSection() {
  const headingId = useId();
  const loadServices = useServicesOnDemand();
  const { recipients } = useComposeRecipients();
  const [opened, setOpened] = useState<Opened>({ status: "closed" });

  const open = useCallback(
    (withSignIn: boolean) => {
      setOpened({ status: "loading" });
      loadServices()
        .then(async (services) => {
          // The zone guess and the older-client path read the mailbox through Graph: signed in first.
          const account = withSignIn
            ? await services.session.signIn()
            : await services.session.restoreSignIn();
          if (account === null) throw createAppError("auth_interaction_required");
          if (services.sendLater === undefined) throw createAppError("office_api_unsupported");
          setOpened({ status: "open", sendLater: services.sendLater });
        })
        .catch((cause: unknown) => {
          const error = isAppError(cause) ? cause : createAppError("graph_failed", { cause });
          setOpened({ status: "failed", error, needsSignIn: error.code.startsWith("auth_") });
        });
    },
    [loadServices],
  );

  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={headingId}>
            Send later
          </Subtitle2>
        }
        description={
          <Body1 as="p">
            Schedule this email to arrive at a time that suits the recipient, in their time zone.
          </Body1>
        }
      />
      {opened.status === "open" ? (
        <Suspense fallback={<Body1 as="p">Loading…</Body1>}>
          <SendLaterPicker sendLater={opened.sendLater} prospectAddress={recipients?.to[0]} />
        </Suspense>
      ) : (
        <Button disabled={opened.status === "loading"} onClick={() => open(false)}>
          Choose a send time
        </Button>
      )}
      {opened.status === "failed" ? (
        <>
          <ErrorMessage error={opened.error} />
          {opened.needsSignIn ? <Button onClick={() => open(true)}>Sign in</Button> : null}
        </>
      ) : null}
    </Card>
  );
}
