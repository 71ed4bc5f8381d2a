// Read pane section: book a meeting at a time the prospect proposed; the proposal logic loads on first use.
import { Body1, Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId, useMemo, useState } from "react";
import { ErrorBoundary } from "@/ui/components/error-boundary";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import { useServicesOnDemand } from "@/ui/hooks/use-services-on-demand";
import { hasOpenReply } from "./booking-office";
import type { BookingEnvironment } from "./booking-controller";

const BookingPanel = lazy(() => import(/* webpackChunkName: "booking-panel" */ "./booking-panel"));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function BookingSection() {
  const styles = useStyles();
  const headingId = useId();
  const office = useOfficeContext();
  const loadServices = useServicesOnDemand();
  const [isOpen, setIsOpen] = useState(false);
  const repAddress = office?.context.mailbox?.userProfile.emailAddress ?? "";
  const environment = useMemo<BookingEnvironment | undefined>(
    () => (office && hasOpenReply(office) ? { office, loadServices, repAddress } : undefined),
    [office, loadServices, repAddress],
  );
  if (environment === undefined) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Book a meeting
      </Subtitle2>
      {isOpen ? (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <BookingPanel environment={environment} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <>
          <Body1 as="p">
            Find the times this reply proposes among those you offered, and book one.
          </Body1>
          <Button onClick={() => setIsOpen(true)}>Find proposed times</Button>
        </>
      )}
    </section>
  );
}
