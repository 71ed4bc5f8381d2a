// Webpack entry of the settings pane: builds the sign-in services, waits for Office.js, then renders the pane.
import { createPaneServices } from "@/app/composition-root";
import { buildConfig } from "@/ui/build-config";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { renderPane } from "@/ui/render-pane";
import { SettingsPane } from "./settings-pane";

const services = createPaneServices({
  config: buildConfig,
  origin: window.location.origin,
  readOffice: () => (typeof Office === "undefined" ? undefined : Office),
});

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({
  title: "Tempo settings",
  content: (
    <PaneServicesContext value={services}>
      <SettingsPane />
    </PaneServicesContext>
  ),
});
