// Entry of the workbench host page: reads the client profile, wires the store, RPC and fake Graph, and renders the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { demoUser, workbenchClientId, workbenchUrls } from "../workbench-config";
import { applyQueryToProfile, parseStoredProfile, profileStorageKey } from "./client-profile";
import { App } from "./components/app";
import { createHostGraphClient, readGraphBaseUrl } from "./graph-client";
import { HostServicesContext } from "./host-context";
import { createNaaBroker } from "./naa/naa-broker";
import { createNaaHostListener } from "./naa/naa-host-listener";
import { createHostClients, readHostAuthority } from "./naa/host-msal";
import { createHostRpcListener } from "./rpc/host-rpc";
import { createRpcHandler } from "./rpc/rpc-handlers";
import { createDialogManager, type PopupOpener } from "./state/dialog-manager";
import { createHostActions } from "./state/host-actions";
import { createInitialState, HostStore } from "./state/host-store";

/** The manifest names https://localhost:3000; the workbench serves the same files over http. */
const manifestOrigin = "https://localhost:3000";

const popupOpener: PopupOpener = {
  open(url, widthPercent, heightPercent) {
    const width = Math.round((window.screen.availWidth * widthPercent) / 100);
    const height = Math.round((window.screen.availHeight * heightPercent) / 100);
    const popup = window.open(url, "_blank", `popup,width=${width},height=${height}`);
    if (popup === null) return null;
    return { window: popup, isClosed: () => popup.closed, close: () => popup.close() };
  },
};

function startWorkbench(): void {
  const query = new URLSearchParams(window.location.search);
  const panesOrigin = (query.get("panes") ?? workbenchUrls.panes).replace(/\/+$/, "");
  const profile = applyQueryToProfile(
    parseStoredProfile(window.localStorage.getItem(profileStorageKey)),
    query,
  );
  const store = new HostStore(createInitialState(profile));
  const env = {
    graph: createHostGraphClient(readGraphBaseUrl(query)),
    panesOrigin,
    hostOrigin: window.location.origin,
    manifestUrl: `${panesOrigin}/manifest.xml`,
    manifestOrigin,
    storage: window.localStorage,
    fetchText: async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.text();
    },
  };
  const actions = createHostActions(store, env);
  const dialogs = createDialogManager({
    store,
    panesOrigin,
    hostOrigin: env.hostOrigin,
    popups: popupOpener,
  });
  const handle = createRpcHandler({
    store,
    actions,
    dialogs,
    panesOrigin,
    storage: window.localStorage,
  });
  window.addEventListener(
    "message",
    createHostRpcListener({ panesOrigin, findFrame: store.findFrame, handle }),
  );
  if (profile.nestedAppAuth) {
    const broker = createNaaBroker({
      getClient: createHostClients({
        authority: readHostAuthority(query),
        hostOrigin: env.hostOrigin,
      }),
      defaultClientId: workbenchClientId,
      loginHint: demoUser.emailAddress,
      nowMs: () => Date.now(),
    });
    window.addEventListener(
      "message",
      createNaaHostListener({
        panesOrigin,
        findFrame: store.findFrame,
        broker,
        onError: actions.reportError,
      }),
    );
  }
  actions.loadManifest().catch(actions.reportError);
  actions.loadFolder("inbox").catch(actions.reportError);

  const container = document.getElementById("root");
  if (container === null) throw new Error("index.html needs a #root element");
  createRoot(container).render(
    <StrictMode>
      <HostServicesContext.Provider value={{ store, actions, dialogs }}>
        <App />
      </HostServicesContext.Provider>
    </StrictMode>,
  );
}

startWorkbench();
