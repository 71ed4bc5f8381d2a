// Stands in for Microsoft's office.js inside workbench pane frames: defines `window.Office` talking to the host page.
import { workbenchTenantId } from "../workbench-config";
import { createOffice } from "./shim/create-office";
import { installNestedAppAuthBridge } from "./shim/naa-bridge";
import { createPostMessageTransport } from "./shim/shim-transport";

const hostOriginKey = "tempo-workbench-host-origin";

/** The host passes its origin as `?_host=`; a dialog that navigated away and back finds it in sessionStorage. */
function findHostOrigin(): string | undefined {
  const fromQuery = new URLSearchParams(window.location.search).get("_host");
  try {
    if (fromQuery !== null) window.sessionStorage.setItem(hostOriginKey, fromQuery);
    return fromQuery ?? window.sessionStorage.getItem(hostOriginKey) ?? undefined;
  } catch (error: unknown) {
    // Storage can be blocked in a cross-site frame; the query is then the only source, so only its absence is worth a warning.
    if (fromQuery === null)
      console.warn("workbench: no ?_host= and sessionStorage unavailable", error);
    return fromQuery ?? undefined;
  }
}

function findHostWindow(): Window | null {
  if (window.parent !== window) return window.parent;
  return window.opener as Window | null;
}

function installShim(): void {
  const hostOrigin = findHostOrigin();
  const hostWindow = findHostWindow();
  if (hostOrigin === undefined || hostWindow === null) {
    console.warn(
      "workbench: no host found; open this page from the workbench at",
      "http://127.0.0.1:3000/",
    );
    return;
  }
  const transport = createPostMessageTransport({ self: window, hostWindow, hostOrigin });
  const { office, ready } = createOffice(transport, {
    tenantId: workbenchTenantId,
    // Only task panes get NAA, as in Outlook; a dialog frame has the same shim but no broker.
    onNestedAppAuth: (init) => {
      if (init.surface !== "dialog")
        installNestedAppAuthBridge({ self: window, hostWindow, hostOrigin });
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  ready.catch((error: unknown) => console.error("workbench: the host refused init", error));
}

installShim();
