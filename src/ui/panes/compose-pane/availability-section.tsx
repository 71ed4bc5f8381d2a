// Compose pane section: insert the rep's free times into the message; the grid and its logic load on first use.
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { lazy, Suspense, useId, useMemo, useState } from "react";
import { ErrorBoundary } from "@/ui/components/error-boundary";
import { useComposeRecipients } from "@/ui/hooks/use-compose-recipients";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import { useServicesOnDemand } from "@/ui/hooks/use-services-on-demand";
import { readComposeItem, readDisplayLanguage } from "./availability-office";
import type { AvailabilityEnvironment } from "./availability-controller";

// The week grid, DOMPurify and the use cases stay out of the pane's first load (140 KiB budget).
const AvailabilityPanel = lazy(
  () => import(/* webpackChunkName: "availability-panel" */ "./availability-panel"),
);

function resolvedZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function AvailabilitySection() {
  const headingId = useId();
  const office = useOfficeContext();
  const loadServices = useServicesOnDemand();
  const [isOpen, setIsOpen] = useState(false);
  const item = readComposeItem(office);
  const repAddress = office?.context.mailbox?.userProfile.emailAddress ?? "";
  const heldFor = useComposeRecipients().recipients?.to[0] ?? "your recipient";
  const environment = useMemo<AvailabilityEnvironment | undefined>(
    () =>
      office && item
        ? { office, item, loadServices, repAddress, now: () => new Date() }
        : undefined,
    // The item object is stable for the pane's life; re-creating the environment would refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [office, loadServices, repAddress],
  );
  const canUse = environment !== undefined;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={headingId}>
            Insert availability
          </Subtitle2>
        }
        description={
          <Body1 as="p">
            Insert your free times from your calendar into the message, in the recipient&apos;s time
            zone.
          </Body1>
        }
      />
      {isOpen && environment ? (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <AvailabilityPanel
              environment={environment}
              heldFor={heldFor}
              initialChoices={{
                durationMinutes: 30,
                prospectTimeZone: resolvedZone(),
                locale: readDisplayLanguage(office) ?? "en-US",
                isHoldOn: false,
              }}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <Button disabledFocusable={!canUse} onClick={() => setIsOpen(true)}>
          Find free times
        </Button>
      )}
      {isOpen ? null : <Caption1 as="p">Sign-in is set up in Settings.</Caption1>}
    </Card>
  );
}
