// Answers each shim request from the host's item state, as Outlook answers office.js.
import { demoUser } from "../../workbench-config";
import { OfficeCallError, officeErrors } from "../protocol";
import { composeNotificationKey, type HostStore } from "../state/host-store";
import { applyNotificationOp } from "../state/notification-state";
import { postHostEvent, type FrameRecord, type RpcHandler } from "./host-rpc";
import type { HostActions } from "../state/host-actions";
import type { DialogManager } from "../state/dialog-manager";
import type { ItemSnapshot, RpcMethod, RpcMethods, Surface } from "../protocol";

export const roamingStorageKey = "tempo-workbench-roaming";

export interface RpcHandlerOptions {
  store: HostStore;
  actions: HostActions;
  dialogs: DialogManager;
  panesOrigin: string;
  storage: Pick<Storage, "getItem" | "setItem">;
}

function readRoaming(storage: RpcHandlerOptions["storage"]): Record<string, unknown> {
  try {
    return JSON.parse(storage.getItem(roamingStorageKey) ?? "{}") as Record<string, unknown>;
  } catch (error: unknown) {
    // Settings a developer corrupted by hand start over empty, as a fresh mailbox would.
    console.warn("workbench: ignoring corrupt roaming settings", error);
    return {};
  }
}

function notSupported(what: string): never {
  const { code, name } = officeErrors.apiNotSupported;
  throw new OfficeCallError(code, name, `${what} is not available here.`);
}

export function createRpcHandler(options: RpcHandlerOptions): RpcHandler {
  const { store, actions, dialogs, panesOrigin, storage } = options;

  const surfaceOf = (frame: FrameRecord): Surface => {
    if (frame.kind === "pane") return frame.surface;
    return frame.kind === "launch" ? "commands" : "dialog";
  };
  const currentItem = (frame: FrameRecord): ItemSnapshot | null => {
    const state = store.getState();
    const surface = surfaceOf(frame);
    if (surface === "read") return state.selected;
    return surface === "dialog" ? null : state.compose;
  };
  const notificationKey = (frame: FrameRecord): string => {
    const item = currentItem(frame);
    if (item === null) return notSupported("notificationMessages");
    return item.kind === "read" ? item.itemId : composeNotificationKey;
  };

  const handlers: {
    [M in RpcMethod]: (
      frame: FrameRecord,
      params: RpcMethods[M]["params"],
      origin: string,
    ) => RpcMethods[M]["result"] | Promise<RpcMethods[M]["result"]>;
  } = {
    init: (frame) => {
      const state = store.getState();
      if (frame.kind === "launch") {
        const launch = state.launches.find((run) => run.eventId === frame.eventId);
        const target = store.findWindow(frame);
        // The event goes out after the init answer; the shim queues it until the function is associated.
        if (launch !== undefined && target !== undefined) {
          setTimeout(
            () =>
              postHostEvent(target, panesOrigin, {
                type: "launchEvent",
                eventId: launch.eventId,
                functionName: launch.functionName,
                eventType: launch.eventType,
              }),
            0,
          );
        }
      }
      return {
        surface: surfaceOf(frame),
        profile: state.profile,
        userProfile: {
          displayName: demoUser.displayName,
          emailAddress: demoUser.emailAddress,
          timeZone: demoUser.timeZone,
          accountType: "enterprise",
        },
        item: currentItem(frame),
        roamingSettings: readRoaming(storage),
        displayLanguage: "en-US",
      };
    },
    "item.get": (frame) => currentItem(frame),
    "compose.apply": (frame, op) => {
      if (surfaceOf(frame) === "read" || surfaceOf(frame) === "dialog") notSupported("Editing");
      return actions.editCompose(op);
    },
    "compose.save": async (frame) => {
      if (currentItem(frame)?.kind !== "compose") notSupported("saveAsync");
      return { itemId: await actions.saveDraft() };
    },
    "customProperties.save": (frame, { values }) => {
      const item = currentItem(frame);
      if (item === null) return notSupported("customProperties");
      // Read items keep saved properties for this session only: the fake Graph has no host endpoint to write them.
      store.update((state) =>
        item.kind === "compose"
          ? {
              ...state,
              compose:
                state.compose === null ? null : { ...state.compose, customProperties: values },
            }
          : {
              ...state,
              selected:
                state.selected === null ? null : { ...state.selected, customProperties: values },
            },
      );
      return null;
    },
    notifications: (frame, op) => {
      const key = notificationKey(frame);
      const list = applyNotificationOp(store.getState().notifications[key] ?? [], op);
      store.update((state) => ({
        ...state,
        notifications: { ...state.notifications, [key]: list },
      }));
      return null;
    },
    "notifications.getAll": (frame) => store.getState().notifications[notificationKey(frame)] ?? [],
    "roaming.save": (_frame, { values }) => {
      storage.setItem(roamingStorageKey, JSON.stringify(values));
      return null;
    },
    "dialog.open": (frame, params) => {
      if (frame.kind !== "pane") return notSupported("displayDialogAsync");
      return dialogs.open(frame.paneId, params);
    },
    "dialog.close": (_frame, { dialogId }) => {
      dialogs.closedByAddIn(dialogId);
      return null;
    },
    "dialog.messageChild": (_frame, { dialogId, message }) => {
      dialogs.messageChild(dialogId, message);
      return null;
    },
    "dialog.messageParent": (frame, { message }, origin) => {
      if (frame.kind !== "dialog") return notSupported("messageParent");
      dialogs.messageParent(frame.dialogId, message, origin);
      return null;
    },
    "event.completed": (frame, { eventId, ...outcome }) => {
      if (frame.kind !== "launch" || frame.eventId !== eventId)
        return notSupported("event.completed");
      actions.completeLaunch(eventId, outcome);
      return null;
    },
    "compose.close": (frame) => {
      if (surfaceOf(frame) !== "compose") return notSupported("close");
      actions.discardCompose();
      return null;
    },
    "ui.closeContainer": (frame) => {
      if (frame.kind === "pane") actions.closePane(frame.paneId);
      return null;
    },
  };

  return async (frame, method, params, origin) => {
    const handler = handlers[method] as (
      frame: FrameRecord,
      params: unknown,
      origin: string,
    ) => unknown;
    return (await handler(frame, params, origin)) as RpcMethods[typeof method]["result"];
  };
}
