// The one loader of the panes' services: MSAL and the Graph client in their own chunk, off the first render's path.
import { buildConfig } from "@/ui/build-config";
import { createPaneServicesLoader } from "./use-pane-services";

/** Shared by every pane of a page, so one page builds one set of services. */
export const loadPaneServices = createPaneServicesLoader(() =>
  import(/* webpackChunkName: "pane-services" */ "@/app/composition-root").then(
    ({ createPaneServices }) =>
      createPaneServices({
        config: buildConfig,
        origin: window.location.origin,
        readOffice: () => (typeof Office === "undefined" ? undefined : Office),
      }),
  ),
);
