// The settings pane: the account, what Tempo may do, the rep's preferences, and version details.
import { usePaneServices } from "@/ui/hooks/use-pane-services";
import { AboutSection } from "./about-section";
import { AccountSection } from "./account-section";
import { PermissionsSection } from "./permissions-section";
import { PreferencesSection } from "./preferences-section";
import { SendLaterPreferences } from "./send-later-preferences";
import { useAccount } from "./use-account";

export function SettingsPane() {
  const controller = useAccount(usePaneServices());
  const { state } = controller;
  return (
    <>
      <AccountSection controller={controller} />
      <PermissionsSection
        isSignedIn={state.status === "signed_in"}
        grantedScopes={state.status === "signed_in" ? state.overview.grantedScopes : []}
        adminConsentUrl={controller.adminConsentUrl}
      />
      <PreferencesSection />
      <SendLaterPreferences />
      <AboutSection />
    </>
  );
}
