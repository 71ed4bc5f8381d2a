// Webpack entry of the dashboard pane: waits for Office.js, then renders the pane.
import { renderPane } from "@/ui/render-pane";
import { DashboardPane } from "./dashboard-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({ title: "Tempo dashboard", content: <DashboardPane /> });
