// Office.MessageCompose for the open compose form; every read and write goes through the host, which owns the item.
import { htmlToText } from "../html-to-text";
import {
  OfficeCallError,
  type BodyCoercion,
  type ClientProfile,
  type ComposeItemSnapshot,
  type ComposeOp,
  type RecipientField,
} from "../protocol";
import { settleLater, splitAsyncArgs, type AsyncCallback } from "./async-result";
import {
  createCustomProperties,
  createNotificationMessages,
  toEmailAddressDetails,
  toPerson,
} from "./item-parts";
import type { ShimTransport } from "./shim-transport";

type Options = Office.AsyncContextOptions;
type CoercionOptions = Options & Office.CoercionTypeOptions;
type RecipientInput = Array<string | Office.EmailUser | Office.EmailAddressDetails>;
type ImplementedBody = Pick<
  Office.Body,
  "getAsync" | "setAsync" | "setSelectedDataAsync" | "prependAsync" | "getTypeAsync"
>;
type ImplementedCompose = Pick<
  Office.MessageCompose,
  "itemType" | "conversationId" | "subject" | "to" | "cc" | "bcc" | "loadCustomPropertiesAsync"
> & { body: ImplementedBody } & Partial<
    Pick<
      Office.MessageCompose,
      | "notificationMessages"
      | "saveAsync"
      | "getItemIdAsync"
      | "internetHeaders"
      | "delayDeliveryTime"
      | "close"
      | "sessionData"
    >
  >;

interface ComposeItemOptions {
  snapshot: ComposeItemSnapshot;
  profile: ClientProfile;
  ownerEmail: string;
  transport: ShimTransport;
}

function readCoercion(options: Partial<CoercionOptions>): BodyCoercion {
  return String(options.coercionType ?? "text") === "html" ? "html" : "text";
}

/** Members newer than the profile's Mailbox version are absent, as on an older client. */
export function createComposeItem(options: ComposeItemOptions): ImplementedCompose {
  const { snapshot, profile, ownerEmail, transport } = options;
  const readItem = <T>(
    map: (item: ComposeItemSnapshot) => T,
    callback: AsyncCallback<T> | undefined,
    context: unknown,
  ) => {
    const request = transport.request("item.get", {}).then((item) => {
      if (item?.kind !== "compose") throw new Error("The compose item is closed.");
      return item;
    });
    settleLater(request, map, callback, context);
  };
  const apply = (op: ComposeOp, callback: AsyncCallback<void> | undefined, context: unknown) => {
    settleLater(transport.request("compose.apply", op), () => undefined, callback, context);
  };
  const recipients = (field: RecipientField): Office.Recipients =>
    ({
      getAsync(
        o?: Options | AsyncCallback<Office.EmailAddressDetails[]>,
        c?: AsyncCallback<Office.EmailAddressDetails[]>,
      ) {
        const { options: callOptions, callback } = splitAsyncArgs<Office.EmailAddressDetails[]>(
          o,
          c,
        );
        readItem(
          (item) => item[field].map((person) => toEmailAddressDetails(person, ownerEmail)),
          callback,
          callOptions.asyncContext,
        );
      },
      setAsync(list: RecipientInput, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
        const { options: callOptions, callback } = splitAsyncArgs<void>(o, c);
        apply(
          { op: "setRecipients", field, recipients: list.map(toPerson) },
          callback,
          callOptions.asyncContext,
        );
      },
      addAsync(list: RecipientInput, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
        const { options: callOptions, callback } = splitAsyncArgs<void>(o, c);
        apply(
          { op: "addRecipients", field, recipients: list.map(toPerson) },
          callback,
          callOptions.asyncContext,
        );
      },
    }) satisfies Pick<Office.Recipients, "getAsync" | "setAsync" | "addAsync"> as Office.Recipients;

  const bodyWrite =
    (op: "setBody" | "prependBody" | "insertBody") =>
    (data: string, o?: CoercionOptions | AsyncCallback<void>, c?: AsyncCallback<void>) => {
      const { options: callOptions, callback } = splitAsyncArgs<void, CoercionOptions>(o, c);
      apply({ op, data, coercion: readCoercion(callOptions) }, callback, callOptions.asyncContext);
    };
  const body: ImplementedBody = {
    getAsync(
      coercionType: Office.CoercionType | string,
      o?: Options | AsyncCallback<string>,
      c?: AsyncCallback<string>,
    ) {
      const { options: callOptions, callback } = splitAsyncArgs<string>(o, c);
      const isHtml = String(coercionType) === "html";
      readItem(
        (item) => (isHtml ? item.bodyHtml : htmlToText(item.bodyHtml)),
        callback,
        callOptions.asyncContext,
      );
    },
    setAsync: bodyWrite("setBody"),
    prependAsync: bodyWrite("prependBody"),
    setSelectedDataAsync: bodyWrite("insertBody"),
    getTypeAsync(
      o?: Options | AsyncCallback<Office.CoercionType>,
      c?: AsyncCallback<Office.CoercionType>,
    ) {
      const { options: callOptions, callback } = splitAsyncArgs<Office.CoercionType>(o, c);
      // Outlook on the web and new Outlook always compose in HTML.
      readItem(() => "html" as Office.CoercionType, callback, callOptions.asyncContext);
    },
  };

  const item: ImplementedCompose = {
    itemType: "message" as Office.MailboxEnums.ItemType,
    // A new, unsaved message has no conversation yet; Office reports null despite the d.ts.
    conversationId: snapshot.conversationId as string,
    subject: {
      getAsync(o?: Options | AsyncCallback<string>, c?: AsyncCallback<string>) {
        const { options: callOptions, callback } = splitAsyncArgs<string>(o, c);
        readItem((current) => current.subject, callback, callOptions.asyncContext);
      },
      setAsync(subject: string, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
        const { options: callOptions, callback } = splitAsyncArgs<void>(o, c);
        apply({ op: "setSubject", subject }, callback, callOptions.asyncContext);
      },
    } satisfies Office.Subject,
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    body,
    loadCustomPropertiesAsync(
      callback: AsyncCallback<Office.CustomProperties>,
      userContext?: unknown,
    ) {
      readItem(
        (current) => createCustomProperties(current.customProperties, transport),
        callback,
        userContext,
      );
    },
  };
  addNewerComposeMembers(item, profile, transport, readItem, apply);
  return item;
}

type ReadItem = <T>(
  map: (item: ComposeItemSnapshot) => T,
  callback: AsyncCallback<T> | undefined,
  context: unknown,
) => void;
type Apply = (op: ComposeOp, callback: AsyncCallback<void> | undefined, context: unknown) => void;

function addNewerComposeMembers(
  item: ImplementedCompose,
  profile: ClientProfile,
  transport: ShimTransport,
  readItem: ReadItem,
  apply: Apply,
): void {
  if (profile.mailboxMinor >= 3) {
    item.notificationMessages = createNotificationMessages(transport);
    item.saveAsync = (o?: Options | AsyncCallback<string>, c?: AsyncCallback<string>) => {
      const { options, callback } = splitAsyncArgs<string>(o, c);
      settleLater(
        transport.request("compose.save", {}),
        (saved) => saved.itemId,
        callback,
        options.asyncContext,
      );
    };
  }
  if (profile.mailboxMinor >= 3) {
    // Closes the compose form; a saved draft stays in Drafts (Office.MessageCompose.close, Mailbox 1.3).
    item.close = () => {
      transport
        .request("compose.close", {})
        .catch((error: unknown) => console.warn("workbench: close failed", error));
    };
  }
  if (profile.mailboxMinor >= 11) item.sessionData = createSessionData(transport, apply);
  if (profile.mailboxMinor >= 8) {
    item.getItemIdAsync = (o?: Options | AsyncCallback<string>, c?: AsyncCallback<string>) => {
      const { options, callback } = splitAsyncArgs<string>(o, c);
      const missingId = new OfficeCallError(9046, "ItemNotSaved", "The item has not been saved.");
      const request = transport.request("item.get", {}).then((current) => {
        if (current?.kind !== "compose" || current.itemId === null) throw missingId;
        return current.itemId;
      });
      settleLater(request, (id) => id, callback, options.asyncContext);
    };
    item.internetHeaders = {
      getAsync(
        names: string[],
        o: Options | AsyncCallback<Record<string, string>>,
        c?: AsyncCallback<Record<string, string>>,
      ) {
        const { options, callback } = splitAsyncArgs<Record<string, string>>(o, c);
        const pickNames = (current: ComposeItemSnapshot) =>
          Object.fromEntries(
            Object.entries(current.internetHeaders).filter(([name]) =>
              names.some((wanted) => wanted.toLowerCase() === name.toLowerCase()),
            ),
          );
        readItem(pickNames, callback, options.asyncContext);
      },
      setAsync(
        headers: Record<string, string>,
        o?: Options | AsyncCallback<void>,
        c?: AsyncCallback<void>,
      ) {
        const { options, callback } = splitAsyncArgs<void>(o, c);
        apply({ op: "setHeaders", headers }, callback, options.asyncContext);
      },
      removeAsync(names: string[], o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
        const { options, callback } = splitAsyncArgs<void>(o, c);
        apply({ op: "removeHeaders", names }, callback, options.asyncContext);
      },
    } satisfies Office.InternetHeaders;
  }
  if (profile.mailboxMinor >= 13) {
    item.delayDeliveryTime = {
      getAsync(o?: Options | AsyncCallback<Date | 0>, c?: AsyncCallback<Date | 0>) {
        const { options, callback } = splitAsyncArgs<Date | 0>(o, c);
        readItem(
          (current) => (current.delayDeliveryIso === null ? 0 : new Date(current.delayDeliveryIso)),
          callback,
          options.asyncContext,
        );
      },
      setAsync(datetime: Date, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
        const { options, callback } = splitAsyncArgs<void>(o, c);
        const isValidDate = datetime instanceof Date && !Number.isNaN(datetime.getTime());
        apply(
          { op: "setDelay", iso: isValidDate ? datetime.toISOString() : "invalid" },
          callback,
          options.asyncContext,
        );
      },
    } satisfies Office.DelayDeliveryTime;
  }
}

/** item.sessionData (Mailbox 1.11): string values kept with the compose item by the host. */
function createSessionData(transport: ShimTransport, apply: Apply): Office.SessionData {
  const readData = () =>
    transport.request("item.get", {}).then((current) => {
      if (current?.kind !== "compose") throw new Error("The compose item is closed.");
      return current.sessionData;
    });
  const sessionData = {
    getAsync(name: string, callback: AsyncCallback<string>) {
      const value = readData().then((data) => {
        const found = data[name];
        if (found === undefined)
          throw new OfficeCallError(9057, "ItemNotFound", "The key was not found.");
        return found;
      });
      settleLater(value, (found) => found, callback, undefined);
    },
    getAllAsync(callback: AsyncCallback<object>) {
      settleLater(readData(), (data) => ({ ...data }), callback, undefined);
    },
    setAsync(
      name: string,
      value: string,
      o?: Options | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      apply({ op: "setSessionData", name, value }, callback, options.asyncContext);
    },
    removeAsync(name: string, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      apply({ op: "removeSessionData", name }, callback, options.asyncContext);
    },
    clearAsync(o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
      const { options, callback } = splitAsyncArgs<void>(o, c);
      apply({ op: "clearSessionData" }, callback, options.asyncContext);
    },
  };
  return sessionData as Office.SessionData;
}
