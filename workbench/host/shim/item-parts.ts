// Item members shared by read and compose items: addresses, custom properties and notification messages.
import { settleLater, splitAsyncArgs, type AsyncCallback } from "./async-result";
import type { NotificationMessage, Person } from "../protocol";
import type { ShimTransport } from "./shim-transport";

/** Outlook marks a recipient external when its domain differs from the mailbox owner's. */
export function toEmailAddressDetails(
  person: Person,
  ownerEmail: string,
): Office.EmailAddressDetails {
  const ownerDomain = ownerEmail.split("@")[1]?.toLowerCase();
  const domain = person.emailAddress.split("@")[1]?.toLowerCase();
  const recipientType = domain === ownerDomain ? "user" : "externalUser";
  // Outlook omits appointmentResponse on messages although the d.ts declares it.
  return {
    displayName: person.displayName,
    emailAddress: person.emailAddress,
    recipientType,
  } as Office.EmailAddressDetails;
}

/** Accepts what Office accepts for recipients: "a@b.c", EmailUser, or EmailAddressDetails. */
export function toPerson(entry: string | Office.EmailUser | Office.EmailAddressDetails): Person {
  if (typeof entry === "string") return { displayName: entry, emailAddress: entry };
  return { displayName: entry.displayName || entry.emailAddress, emailAddress: entry.emailAddress };
}

/** Builds Office.CustomProperties over a copy of the host's values; saveAsync writes them back. */
export function createCustomProperties(
  initial: Record<string, unknown>,
  transport: ShimTransport,
): Office.CustomProperties {
  const values: Record<string, unknown> = { ...initial };
  return {
    get: (name: string): unknown => values[name],
    set: (name: string, value: string) => {
      values[name] = value;
    },
    remove: (name: string) => {
      delete values[name];
    },
    getAll: (): Record<string, unknown> => ({ ...values }),
    saveAsync(callbackOrContext?: unknown, asyncContext?: unknown) {
      const callback =
        typeof callbackOrContext === "function"
          ? (callbackOrContext as AsyncCallback<void>)
          : undefined;
      const context = callback === undefined ? callbackOrContext : asyncContext;
      settleLater(
        transport.request("customProperties.save", { values: { ...values } }),
        () => undefined,
        callback,
        context,
      );
    },
  } satisfies Office.CustomProperties;
}

export const notificationLimits = {
  maxMessages: 5,
  maxMessageLength: 150,
  maxKeyLength: 32,
} as const;

/** Office validates arguments synchronously and throws, before any round trip. */
function validateNotificationArguments(
  key: string,
  details?: Office.NotificationMessageDetails,
): void {
  if (key.length === 0 || key.length > notificationLimits.maxKeyLength) {
    throw new RangeError(
      `Sys.ArgumentOutOfRangeException: key must be 1-${notificationLimits.maxKeyLength} characters.`,
    );
  }
  const isMessageTooLong = (details?.message.length ?? 0) > notificationLimits.maxMessageLength;
  if (isMessageTooLong) {
    throw new RangeError(
      `Sys.ArgumentOutOfRangeException: message exceeds ${notificationLimits.maxMessageLength} characters.`,
    );
  }
}

function toWireDetails(
  details: Office.NotificationMessageDetails,
): Omit<NotificationMessage, "key"> {
  return {
    type: String(details.type),
    message: details.message,
    ...(details.icon === undefined ? {} : { icon: details.icon }),
    ...(details.persistent === undefined ? {} : { persistent: Boolean(details.persistent) }),
  };
}

/** Office.NotificationMessages: the host keeps the list, shows the info bars and enforces the limits. */
export function createNotificationMessages(transport: ShimTransport): Office.NotificationMessages {
  type Options = Office.AsyncContextOptions;
  // add and replace differ only in what the host does with an existing key.
  const putMessage = (
    op: "add" | "replace",
    key: string,
    details: Office.NotificationMessageDetails,
    o?: Options | AsyncCallback<void>,
    c?: AsyncCallback<void>,
  ): void => {
    validateNotificationArguments(key, details);
    const { options, callback } = splitAsyncArgs<void>(o, c);
    const request = transport.request("notifications", {
      op,
      key,
      details: toWireDetails(details),
    });
    settleLater(request, () => undefined, callback, options.asyncContext);
  };
  return {
    addAsync(
      key: string,
      details: Office.NotificationMessageDetails,
      o?: Options | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) {
      putMessage("add", key, details, o, c);
    },
    replaceAsync(
      key: string,
      details: Office.NotificationMessageDetails,
      o?: Options | AsyncCallback<void>,
      c?: AsyncCallback<void>,
    ) {
      putMessage("replace", key, details, o, c);
    },
    removeAsync(key: string, o?: Options | AsyncCallback<void>, c?: AsyncCallback<void>) {
      validateNotificationArguments(key);
      const { options, callback } = splitAsyncArgs<void>(o, c);
      const request = transport.request("notifications", { op: "remove", key });
      settleLater(request, () => undefined, callback, options.asyncContext);
    },
    getAllAsync(
      o?: Options | AsyncCallback<Office.NotificationMessageDetails[]>,
      c?: AsyncCallback<Office.NotificationMessageDetails[]>,
    ) {
      const { options, callback } = splitAsyncArgs<Office.NotificationMessageDetails[]>(o, c);
      settleLater(
        transport.request("notifications.getAll", {}),
        (list) =>
          list.map((entry) => ({
            ...entry,
            type: entry.type as Office.MailboxEnums.ItemNotificationMessageType,
          })),
        callback,
        options.asyncContext,
      );
    },
  } satisfies Office.NotificationMessages;
}
