// Webpack entry of the compose pane: waits for Office.js, renders the pane, then loads the sign-in services on demand.
import { loadPaneServices } from "@/ui/hooks/load-pane-services";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { renderPane } from "@/ui/render-pane";
import { ComposePane } from "./compose-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({
  title: "Compose with Tempo",
  content: (
    <PaneServicesContext value={loadPaneServices}>
      <ComposePane />
    </PaneServicesContext>
  ),
});
