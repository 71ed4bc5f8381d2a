// Webpack entry of the settings pane: waits for Office.js, renders the pane, then loads the sign-in services.
import { buildConfig } from "@/ui/build-config";
import { createPaneServicesLoader, PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { renderPane } from "@/ui/render-pane";
import { SettingsPane } from "./settings-pane";

// MSAL and the Graph client live behind this import, in their own chunk, off the first render's path.
const loadServices = createPaneServicesLoader(() =>
  import(/* webpackChunkName: "pane-services" */ "@/app/composition-root").then(
    ({ createPaneServices }) =>
      createPaneServices({
        config: buildConfig,
        origin: window.location.origin,
        readOffice: () => (typeof Office === "undefined" ? undefined : Office),
      }),
  ),
);

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({
  title: "Tempo settings",
  content: (
    <PaneServicesContext value={loadServices}>
      <SettingsPane />
    </PaneServicesContext>
  ),
});
