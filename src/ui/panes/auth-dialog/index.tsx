// Webpack entry of auth-dialog.html: the Office dialog that signs in with code + PKCE, and MSAL's redirect bridge.
import { startAuthDialog } from "@/app/composition-root";
import { buildConfig } from "@/ui/build-config";

function showStatus(text: string): void {
  const root = document.getElementById("root");
  if (root !== null) root.textContent = text;
}

/** Office must be ready before messageParent; a redirect landing never waits for it. */
async function whenOfficeReady(): Promise<((message: string) => void) | undefined> {
  if (typeof Office === "undefined") return undefined;
  await Office.onReady();
  const ui = Office.context?.ui;
  return ui === undefined ? undefined : (message) => ui.messageParent(message);
}

startAuthDialog({
  config: buildConfig,
  origin: window.location.origin,
  page: { location: window.location, whenOfficeReady, showStatus },
}).catch((error: unknown) => {
  showStatus("Sign-in could not start. Close this window and try again.");
  // The page has no other channel left; the pane sees the dialog close (12006).
  throw error;
});
