// Webpack entry of the settings pane: waits for Office.js, then renders the pane.
import { renderPane } from "@/ui/render-pane";
import { SettingsPane } from "./settings-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({ title: "Tempo settings", content: <SettingsPane /> });
