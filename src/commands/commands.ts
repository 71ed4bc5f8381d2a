// Webpack entry of the commands runtime: registers the event-based activation handlers with Outlook.
import { registerEventHandlers } from "./event-handlers";

// associate must run at load, before onReady: Outlook may fire the event as soon as the script is parsed.
const hasActions = typeof Office !== "undefined" && typeof Office.actions !== "undefined";
if (hasActions) {
  registerEventHandlers(Office.actions);
}
