// Office dialogs opened by panes: an overlay iframe or a real popup, with messages and the 12006 close event relayed.
import { OfficeCallError, officeErrors } from "../protocol";
import { postHostEvent, type MessageTarget } from "../rpc/host-rpc";
import { withHostParam, type HostStore, type OpenDialog } from "./host-store";
import type { DialogOpenParams } from "../protocol";

export interface PopupOpener {
  open(
    url: string,
    widthPercent: number,
    heightPercent: number,
  ): { window: MessageTarget; isClosed(): boolean; close(): void } | null;
}

function readOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    // A relative or malformed start address is refused like a foreign domain, as Office does.
    return undefined;
  }
}

export type DialogManager = ReturnType<typeof createDialogManager>;

export function createDialogManager(options: {
  store: HostStore;
  panesOrigin: string;
  hostOrigin: string;
  popups: PopupOpener;
}) {
  const { store, panesOrigin, hostOrigin, popups } = options;
  const popupClosers = new Map<string, () => void>();

  const notifyOwner = (
    dialog: OpenDialog,
    event:
      | { type: "dialogMessage"; message: string; origin: string }
      | { type: "dialogEvent"; error: number },
  ) => {
    const owner = store.findWindow({ kind: "pane", paneId: dialog.ownerPaneId, surface: "read" });
    if (owner !== undefined)
      postHostEvent(owner, panesOrigin, { ...event, dialogId: dialog.dialogId });
  };

  const forget = (dialogId: string) => {
    popupClosers.get(dialogId)?.();
    popupClosers.delete(dialogId);
    store.unregisterFrame({ kind: "dialog", dialogId });
    store.update((state) => ({
      ...state,
      dialogs: state.dialogs.filter((dialog) => dialog.dialogId !== dialogId),
    }));
  };

  const findDialog = (dialogId: string) =>
    store.getState().dialogs.find((dialog) => dialog.dialogId === dialogId);

  const manager = {
    /** Office refuses a second dialog from the same pane (12007) and a page outside the add-in's domain (12004). */
    open(ownerPaneId: string, params: DialogOpenParams): { dialogId: string } {
      if (store.getState().dialogs.some((dialog) => dialog.ownerPaneId === ownerPaneId)) {
        throw new OfficeCallError(
          12007,
          "DialogAlreadyOpened",
          "A dialog is already opened from this add-in.",
        );
      }
      const isSameDomain = readOrigin(params.url) === panesOrigin;
      if (!isSameDomain)
        throw new OfficeCallError(
          12004,
          "InvalidDomain",
          "The domain of the URL is not included in AppDomains.",
        );
      const dialogId = store.createId("dialog");
      const dialog: OpenDialog = {
        dialogId,
        ownerPaneId,
        src: withHostParam(params.url, hostOrigin),
        widthPercent: params.widthPercent,
        heightPercent: params.heightPercent,
        displayInIframe: params.displayInIframe,
      };
      if (!params.displayInIframe) {
        const popup = popups.open(dialog.src, params.widthPercent, params.heightPercent);
        if (popup === null)
          throw new OfficeCallError(
            12009,
            "DialogBlocked",
            "The user chose to ignore the dialog box.",
          );
        store.registerFrame(popup.window, { kind: "dialog", dialogId });
        const timer = setInterval(() => {
          if (popup.isClosed()) manager.closedByUser(dialogId);
        }, 500);
        popupClosers.set(dialogId, () => {
          clearInterval(timer);
          if (!popup.isClosed()) popup.close();
        });
      }
      store.update((state) => ({ ...state, dialogs: [...state.dialogs, dialog] }));
      return { dialogId };
    },

    /** The user closed it (X button or window): the opener gets DialogEventReceived 12006. */
    closedByUser(dialogId: string): void {
      const dialog = findDialog(dialogId);
      if (dialog === undefined) return;
      forget(dialogId);
      notifyOwner(dialog, { type: "dialogEvent", error: officeErrors.dialogUserClosed.code });
    },

    /** dialog.close() from the opener: no event, as in Office. */
    closedByAddIn(dialogId: string): void {
      forget(dialogId);
    },

    messageParent(dialogId: string, message: string, origin: string): void {
      const dialog = findDialog(dialogId);
      if (dialog !== undefined) notifyOwner(dialog, { type: "dialogMessage", message, origin });
    },

    messageChild(dialogId: string, message: string): void {
      const target = store.findWindow({ kind: "dialog", dialogId });
      if (target !== undefined)
        postHostEvent(target, panesOrigin, { type: "parentMessage", message });
    },
  };
  return manager;
}
