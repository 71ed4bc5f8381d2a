// Office.context.mailbox: the current item, the user's profile, id conversion and ItemChanged for pinned panes.
import { convertEwsIdToRestId, convertRestIdToEwsId } from "../item-ids";
import { callBackLater, splitAsyncArgs, type AsyncCallback } from "./async-result";
import { createComposeItem } from "./compose-item";
import { EventType } from "./office-enums";
import { createReadItem } from "./read-item";
import type { HostEvent, InitContext, ItemSnapshot } from "../protocol";
import type { ShimTransport } from "./shim-transport";

type ImplementedMailbox = Pick<
  Office.Mailbox,
  "userProfile" | "diagnostics" | "restUrl" | "ewsUrl" | "convertToRestId" | "convertToEwsId"
> &
  Partial<Pick<Office.Mailbox, "addHandlerAsync" | "removeHandlerAsync">> & { item: unknown };

function buildItem(
  snapshot: ItemSnapshot | null,
  init: InitContext,
  transport: ShimTransport,
): unknown {
  if (snapshot === null) return null;
  const options = { profile: init.profile, ownerEmail: init.userProfile.emailAddress, transport };
  return snapshot.kind === "read"
    ? createReadItem({ ...options, snapshot })
    : createComposeItem({ ...options, snapshot });
}

/** Builds the mailbox; members newer than the profile's Mailbox version are left out. */
export function createMailbox(init: InitContext, transport: ShimTransport): ImplementedMailbox {
  const itemChangedHandlers: Array<(args: { type: string }) => void> = [];
  const mailbox: ImplementedMailbox = {
    item: buildItem(init.item, init, transport),
    userProfile: {
      displayName: init.userProfile.displayName,
      emailAddress: init.userProfile.emailAddress,
      timeZone: init.userProfile.timeZone,
      accountType: init.userProfile.accountType,
    },
    diagnostics: {
      hostName: init.profile.platform === "OfficeOnline" ? "OutlookWebApp" : "Outlook",
      hostVersion: "16.0.18000.0",
      OWAView: "ThreeColumns",
      ews: {} as Office.Ews,
    },
    // Outlook leaves these undefined for add-ins without EWS/REST callback tokens; Tempo uses Graph instead.
    restUrl: undefined as unknown as string,
    ewsUrl: undefined as unknown as string,
    convertToRestId: (id: string) => convertEwsIdToRestId(id),
    convertToEwsId: (id: string) => convertRestIdToEwsId(id),
  };
  transport.onEvent((event: HostEvent) => {
    if (event.type !== "itemChanged") return;
    mailbox.item = buildItem(event.item, init, transport);
    itemChangedHandlers.forEach((handler) => handler({ type: String(EventType.ItemChanged) }));
  });
  if (init.profile.mailboxMinor >= 5) {
    mailbox.addHandlerAsync = (
      eventType: Office.EventType | string,
      handler: (args: { type: string }) => void,
      o?: Office.AsyncContextOptions | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) => {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      const isItemChanged = String(eventType) === String(EventType.ItemChanged);
      if (isItemChanged) itemChangedHandlers.push(handler);
      const unsupported = {
        code: 5003,
        name: "Invalid event type",
        message: "The workbench supports ItemChanged only.",
      };
      callBackLater(
        callback,
        isItemChanged ? { value: undefined } : { error: unsupported },
        options.asyncContext,
      );
    };
    mailbox.removeHandlerAsync = (
      eventType: Office.EventType | string,
      o?: Office.AsyncContextOptions | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) => {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      if (String(eventType) === String(EventType.ItemChanged)) itemChangedHandlers.length = 0;
      callBackLater(callback, { value: undefined }, options.asyncContext);
    };
  }
  return mailbox;
}
