// Gives panes the services built by app/composition-root.ts (session, Graph), injected so tests pass fakes.
import { createContext, useContext } from "react";
import type { PaneServices } from "@/app/composition-root";

/** Undefined when a pane is rendered without sign-in (e.g. a test that does not need it). */
export const PaneServicesContext = createContext<PaneServices | undefined>(undefined);

export function usePaneServices(): PaneServices | undefined {
  return useContext(PaneServicesContext);
}
