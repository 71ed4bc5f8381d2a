// Gets the pane's services when an action first needs them: from the pane's provider, else the shared loader.
import { useCallback, useContext } from "react";
import { loadPaneServices } from "./load-pane-services";
import { PaneServicesContext } from "./use-pane-services";
import type { PaneServices } from "@/app/composition-root";

/** A function giving the services; panes without a PaneServicesContext provider use the shared loader. */
export function useServicesOnDemand(): () => Promise<PaneServices> {
  const source = useContext(PaneServicesContext);
  return useCallback(() => {
    if (source === undefined) return loadPaneServices();
    return typeof source === "function" ? source() : Promise.resolve(source);
  }, [source]);
}
