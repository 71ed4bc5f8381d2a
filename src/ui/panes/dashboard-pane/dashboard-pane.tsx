// The dashboard: tracked emails and what came back for each, and the sends scheduled for later.
import { ScheduledSendsSection } from "./scheduled-sends-section";
import { TrackedEmailsSection, type DashboardPaneProps } from "./tracked-emails-section";

export type { DashboardPaneProps } from "./tracked-emails-section";

/** Each section is its own file, owned by its feature. */
export function DashboardPane(props: DashboardPaneProps) {
  return (
    <>
      <TrackedEmailsSection {...props} />
      <ScheduledSendsSection />
    </>
  );
}
