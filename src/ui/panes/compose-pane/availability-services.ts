// Gets the pane's services on demand: from the pane's provider when it has one, else loads them the way the settings pane does.
import { useCallback, useContext } from "react";
import { buildConfig } from "@/ui/build-config";
import { createPaneServicesLoader, PaneServicesContext } from "@/ui/hooks/use-pane-services";
import type { PaneServices } from "@/app/composition-root";

// MSAL and the Graph client stay off the first render: this chunk loads on the first click only.
const loadOwnServices = createPaneServicesLoader(() =>
  import(/* webpackChunkName: "pane-services" */ "@/app/composition-root").then(
    ({ createPaneServices }) =>
      createPaneServices({
        config: buildConfig,
        origin: window.location.origin,
        readOffice: () => (typeof Office === "undefined" ? undefined : Office),
      }),
  ),
);

/** A function giving the services; panes without a PaneServicesContext provider load their own. */
export function useServicesOnDemand(): () => Promise<PaneServices> {
  const source = useContext(PaneServicesContext);
  return useCallback(() => {
    if (source === undefined) return loadOwnServices();
    return typeof source === "function" ? source() : Promise.resolve(source);
  }, [source]);
}
