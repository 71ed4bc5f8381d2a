// Webpack entry of the read pane: waits for Office.js, then renders the pane.
import { renderPane } from "@/ui/render-pane";
import { ReadPane } from "./read-pane";

// renderPane mounts whether or not Office.js became ready; it rejects only if the template lacks #root.
void renderPane({ title: "Tempo activity", content: <ReadPane /> });
