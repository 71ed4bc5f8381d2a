// The floor for pane-load timings (bench/pane-load.ts): React 19 alone, rendering one heading.
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<h1>React floor</h1>);
}
