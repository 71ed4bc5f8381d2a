// Webpack entry of the dashboard pane: waits for Office.js, renders the pane, then loads the sign-in services.
import { loadPaneServices } from "@/ui/hooks/load-pane-services";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { renderPane } from "@/ui/render-pane";
import { DashboardPane } from "./dashboard-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({
  title: "Tempo dashboard",
  content: (
    <PaneServicesContext value={loadPaneServices}>
      <DashboardPane />
    </PaneServicesContext>
  ),
});
