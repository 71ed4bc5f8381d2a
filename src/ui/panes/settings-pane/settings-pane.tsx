// The settings pane: the account, what Tempo may do, the rep's preferences, and version details.
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import { DetailsList } from "@/ui/components/details-list";
import { EmptyState } from "@/ui/components/empty-state";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import { AboutSection } from "./about-section";
import { PreferencesSection } from "./preferences-section";

function AccountSection() {
  const headingId = useId();
  const userProfile = useOfficeContext()?.context.mailbox?.userProfile;
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
          { term: "Tempo sign-in", description: "Not signed in" },
        ]}
      />
      <Caption1 as="p">
        Tempo signs in with this Microsoft 365 account to read tracked mail and your calendar.
      </Caption1>
    </section>
  );
}

function PermissionsSection() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Permissions
      </Subtitle2>
      <EmptyState title="Sign in to see what Tempo may do">
        Each permission, why Tempo needs it and whether it is granted will be listed here.
      </EmptyState>
    </section>
  );
}

export function SettingsPane() {
  return (
    <>
      <AccountSection />
      <PermissionsSection />
      <PreferencesSection />
      <AboutSection />
    </>
  );
}
