// Office.MessageRead for the selected message, built from the host's snapshot of it.
import { textToHtml } from "../html-to-text";
import { callBackLater, splitAsyncArgs, type AsyncCallback } from "./async-result";
import {
  createCustomProperties,
  createNotificationMessages,
  toEmailAddressDetails,
} from "./item-parts";
import type { ClientProfile, ReadItemSnapshot } from "../protocol";
import type { ShimTransport } from "./shim-transport";

type Options = Office.AsyncContextOptions;
type ImplementedBody = Pick<Office.Body, "getAsync" | "getTypeAsync">;
type ImplementedRead = Pick<
  Office.MessageRead,
  | "itemId"
  | "itemType"
  | "subject"
  | "normalizedSubject"
  | "from"
  | "sender"
  | "to"
  | "cc"
  | "dateTimeCreated"
  | "dateTimeModified"
  | "conversationId"
  | "internetMessageId"
  | "loadCustomPropertiesAsync"
> & { body: ImplementedBody } & Partial<
    Pick<Office.MessageRead, "notificationMessages" | "getAllInternetHeadersAsync">
  >;

interface ReadItemOptions {
  snapshot: ReadItemSnapshot;
  profile: ClientProfile;
  ownerEmail: string;
  transport: ShimTransport;
}

function stripSubjectPrefixes(subject: string): string {
  return subject.replace(/^((re|fw|fwd|aw|wg|sv|vs)\s*:\s*)+/i, "");
}

function createReadBody(snapshot: ReadItemSnapshot): ImplementedBody {
  return {
    getAsync(
      coercionType: Office.CoercionType | string,
      o?: (Options & { bodyMode?: Office.MailboxEnums.BodyMode }) | AsyncCallback<string>,
      c?: AsyncCallback<string>,
    ) {
      const { options, callback } = splitAsyncArgs<string>(o, c);
      const isHtmlWanted = String(coercionType) === "html";
      // A plain-text message asked for as HTML comes back escaped, as Outlook converts it.
      const html = snapshot.bodyHtml === "" ? textToHtml(snapshot.bodyText) : snapshot.bodyHtml;
      const value = isHtmlWanted ? html : snapshot.bodyText;
      callBackLater(callback, { value }, options.asyncContext);
    },
    getTypeAsync(
      o?: Options | AsyncCallback<Office.CoercionType>,
      c?: AsyncCallback<Office.CoercionType>,
    ) {
      const { options, callback } = splitAsyncArgs<Office.CoercionType>(o, c);
      const value = (snapshot.bodyHtml === "" ? "text" : "html") as Office.CoercionType;
      callBackLater(callback, { value }, options.asyncContext);
    },
  } satisfies ImplementedBody;
}

/** Members newer than the profile's Mailbox version are absent, as on an older client. */
export function createReadItem(options: ReadItemOptions): ImplementedRead {
  const { snapshot, profile, ownerEmail, transport } = options;
  const toDetails = (person: ReadItemSnapshot["from"]) => toEmailAddressDetails(person, ownerEmail);
  const item: ImplementedRead = {
    itemId: snapshot.itemId,
    itemType: "message" as Office.MailboxEnums.ItemType,
    subject: snapshot.subject,
    normalizedSubject: stripSubjectPrefixes(snapshot.subject),
    from: toDetails(snapshot.from),
    sender: toDetails(snapshot.sender),
    to: snapshot.to.map(toDetails),
    cc: snapshot.cc.map(toDetails),
    dateTimeCreated: new Date(snapshot.dateTimeCreatedIso),
    dateTimeModified: new Date(snapshot.dateTimeModifiedIso),
    conversationId: snapshot.conversationId,
    internetMessageId: snapshot.internetMessageId,
    body: createReadBody(snapshot),
    loadCustomPropertiesAsync(
      callback: AsyncCallback<Office.CustomProperties>,
      userContext?: unknown,
    ) {
      const value = createCustomProperties(snapshot.customProperties, transport);
      callBackLater(callback, { value }, userContext);
    },
  };
  if (profile.mailboxMinor >= 3) item.notificationMessages = createNotificationMessages(transport);
  if (profile.mailboxMinor >= 8) {
    item.getAllInternetHeadersAsync = (
      o?: Options | AsyncCallback<string>,
      c?: AsyncCallback<string>,
    ) => {
      const { options: callOptions, callback } = splitAsyncArgs<string>(o, c);
      callBackLater(callback, { value: snapshot.internetHeaders }, callOptions.asyncContext);
    };
  }
  return item;
}
