// Webpack entry of the compose pane: waits for Office.js, then renders the pane.
import { renderPane } from "@/ui/render-pane";
import { ComposePane } from "./compose-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({ title: "Compose with Tempo", content: <ComposePane /> });
