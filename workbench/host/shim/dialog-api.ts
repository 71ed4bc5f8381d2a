// Office.context.ui: the dialog API relayed through the host, which opens the dialog and reports its messages.
import { callBackLater, settleLater, splitAsyncArgs, type AsyncCallback } from "./async-result";
import { EventType } from "./office-enums";
import type { HostEvent } from "../protocol";
import type { ShimTransport } from "./shim-transport";

type DialogArgs = { message: string; origin: string | undefined } | { error: number };
type DialogHandler = (args: DialogArgs) => void;
type ImplementedUi = Pick<
  Office.UI,
  "displayDialogAsync" | "messageParent" | "addHandlerAsync" | "closeContainer"
>;

function createDialog(
  dialogId: string,
  transport: ShimTransport,
  handlers: Map<string, DialogHandler[]>,
): Office.Dialog {
  const report = (error: unknown) => console.warn("workbench: dialog call failed", error);
  return {
    close() {
      transport.request("dialog.close", { dialogId }).catch(report);
    },
    addEventHandler(eventType: Office.EventType, handler: DialogHandler) {
      const key = `${dialogId}|${String(eventType)}`;
      handlers.set(key, [...(handlers.get(key) ?? []), handler]);
    },
    messageChild(message: string) {
      transport.request("dialog.messageChild", { dialogId, message }).catch(report);
    },
    sendMessage(message: string) {
      transport.request("dialog.messageChild", { dialogId, message }).catch(report);
    },
  } satisfies Office.Dialog;
}

/** Builds Office.context.ui and routes the host's dialog events to the registered handlers. */
export function createUi(transport: ShimTransport): ImplementedUi {
  const dialogHandlers = new Map<string, DialogHandler[]>();
  const parentHandlers: Array<(args: Office.DialogParentMessageReceivedEventArgs) => void> = [];
  const dispatch = (dialogId: string, eventType: Office.EventType, args: DialogArgs) => {
    dialogHandlers.get(`${dialogId}|${String(eventType)}`)?.forEach((handler) => handler(args));
  };
  transport.onEvent((event: HostEvent) => {
    if (event.type === "dialogMessage") {
      dispatch(event.dialogId, EventType.DialogMessageReceived, {
        message: event.message,
        origin: event.origin,
      });
    } else if (event.type === "dialogEvent") {
      dispatch(event.dialogId, EventType.DialogEventReceived, { error: event.error });
    } else if (event.type === "parentMessage") {
      const args = {
        message: event.message,
        origin: undefined,
        type: EventType.DialogParentMessageReceived,
      };
      parentHandlers.forEach((handler) => handler(args));
    }
  });
  return {
    displayDialogAsync(
      startAddress: string,
      o?: Office.DialogOptions | AsyncCallback<Office.Dialog>,
      c?: AsyncCallback<Office.Dialog>,
    ) {
      const { options, callback } = splitAsyncArgs<Office.Dialog, Office.DialogOptions>(o, c);
      const request = transport.request("dialog.open", {
        url: startAddress,
        widthPercent: options.width ?? 80,
        heightPercent: options.height ?? 80,
        displayInIframe: options.displayInIframe ?? false,
      });
      settleLater(
        request,
        ({ dialogId }) => createDialog(dialogId, transport, dialogHandlers),
        callback,
        options.asyncContext,
      );
    },
    messageParent(message: string) {
      transport
        .request("dialog.messageParent", { message })
        .catch((error: unknown) => console.warn("workbench: messageParent failed", error));
    },
    addHandlerAsync(
      eventType: Office.EventType,
      handler: (args: Office.DialogParentMessageReceivedEventArgs) => void,
      o?: Office.AsyncContextOptions | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      const isParentMessage = String(eventType) === String(EventType.DialogParentMessageReceived);
      if (isParentMessage) parentHandlers.push(handler);
      const outcome = isParentMessage
        ? { value: undefined }
        : {
            error: {
              code: 5003,
              name: "Invalid event type",
              message: "Only DialogParentMessageReceived is supported here.",
            },
          };
      callBackLater(callback, outcome, options.asyncContext);
    },
    closeContainer() {
      transport
        .request("ui.closeContainer", {})
        .catch((error: unknown) => console.warn("workbench: closeContainer failed", error));
    },
  };
}
