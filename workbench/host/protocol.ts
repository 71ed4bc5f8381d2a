// The postMessage RPC contract between the workbench host page and the Office.js shim inside each pane frame.

/** Marks every workbench message so unrelated postMessage traffic (MSAL, NAA, devtools) is ignored. */
export const rpcChannel = "tempo-workbench-office";

export type Surface = "read" | "compose" | "dialog" | "commands";
export type Platform = "OfficeOnline" | "PC" | "Mac";
export type ThemeName = "light" | "dark";

/** What a simulated Outlook client supports; set in the host's client-profile panel or the URL. */
export interface ClientProfile {
  /** Highest Mailbox requirement set, minor version: 15 means Mailbox 1.15. */
  mailboxMinor: number;
  nestedAppAuth: boolean;
  platform: Platform;
  theme: ThemeName;
}

export interface Person {
  displayName: string;
  emailAddress: string;
}

export type RecipientField = "to" | "cc" | "bcc";
export type BodyCoercion = "text" | "html";

export interface ReadItemSnapshot {
  kind: "read";
  /** EWS-format id, as Outlook hands it to add-ins. */
  itemId: string;
  subject: string;
  from: Person;
  sender: Person;
  to: Person[];
  cc: Person[];
  dateTimeCreatedIso: string;
  dateTimeModifiedIso: string;
  conversationId: string;
  internetMessageId: string;
  bodyHtml: string;
  bodyText: string;
  /** Raw header block, "Name: value" lines joined by CRLF. */
  internetHeaders: string;
  customProperties: Record<string, unknown>;
}

export interface ComposeItemSnapshot {
  kind: "compose";
  /** EWS-format id once saved as a draft, else null. */
  itemId: string | null;
  subject: string;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  bodyHtml: string;
  conversationId: string | null;
  internetHeaders: Record<string, string>;
  delayDeliveryIso: string | null;
  customProperties: Record<string, unknown>;
  /** item.sessionData (Mailbox 1.11): per compose item, gone when it closes. */
  sessionData: Record<string, string>;
}

export type ItemSnapshot = ReadItemSnapshot | ComposeItemSnapshot;

export interface NotificationMessage {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface InitContext {
  surface: Surface;
  profile: ClientProfile;
  userProfile: Person & { timeZone: string; accountType: string };
  item: ItemSnapshot | null;
  roamingSettings: Record<string, unknown>;
  displayLanguage: string;
}

export type ComposeOp =
  | { op: "setSubject"; subject: string }
  | { op: "setRecipients"; field: RecipientField; recipients: Person[] }
  | { op: "addRecipients"; field: RecipientField; recipients: Person[] }
  | { op: "setBody"; data: string; coercion: BodyCoercion }
  | { op: "prependBody"; data: string; coercion: BodyCoercion }
  | { op: "insertBody"; data: string; coercion: BodyCoercion }
  | { op: "setHeaders"; headers: Record<string, string> }
  | { op: "removeHeaders"; names: string[] }
  | { op: "setDelay"; iso: string | null }
  | { op: "setSessionData"; name: string; value: string }
  | { op: "removeSessionData"; name: string }
  | { op: "clearSessionData" };

export type NotificationOp =
  | { op: "add"; key: string; details: Omit<NotificationMessage, "key"> }
  | { op: "replace"; key: string; details: Omit<NotificationMessage, "key"> }
  | { op: "remove"; key: string };

export interface DialogOpenParams {
  url: string;
  widthPercent: number;
  heightPercent: number;
  displayInIframe: boolean;
}

/** The Mailbox 1.14 parts of SmartAlertsEventCompletedOptions the workbench honours. */
export interface SmartAlertOptions {
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: string;
}

/** Every RPC method: its params and the value the host answers with. */
export interface RpcMethods {
  init: { params: Record<string, never>; result: InitContext };
  "item.get": { params: Record<string, never>; result: ItemSnapshot | null };
  "compose.apply": { params: ComposeOp; result: ComposeItemSnapshot };
  "compose.save": { params: Record<string, never>; result: { itemId: string } };
  "customProperties.save": { params: { values: Record<string, unknown> }; result: null };
  notifications: { params: NotificationOp; result: null };
  "notifications.getAll": { params: Record<string, never>; result: NotificationMessage[] };
  "roaming.save": { params: { values: Record<string, unknown> }; result: null };
  "dialog.open": { params: DialogOpenParams; result: { dialogId: string } };
  "dialog.close": { params: { dialogId: string }; result: null };
  "dialog.messageChild": { params: { dialogId: string; message: string }; result: null };
  "dialog.messageParent": { params: { message: string }; result: null };
  "event.completed": {
    params: { eventId: string; allowEvent: boolean; errorMessage?: string } & SmartAlertOptions;
    result: null;
  };
  "compose.close": { params: Record<string, never>; result: null };
  "ui.closeContainer": { params: Record<string, never>; result: null };
}
export type RpcMethod = keyof RpcMethods;

/** An Office-shaped error (Office.Error) carried over the wire. */
export interface WireError {
  code: number;
  name: string;
  message: string;
}

export type HostEvent =
  | { type: "itemChanged"; item: ItemSnapshot | null }
  | { type: "dialogMessage"; dialogId: string; message: string; origin: string }
  | { type: "dialogEvent"; dialogId: string; error: number }
  | { type: "parentMessage"; message: string }
  | { type: "launchEvent"; eventId: string; functionName: string; eventType: string };

export interface RpcRequest<M extends RpcMethod = RpcMethod> {
  channel: typeof rpcChannel;
  kind: "request";
  id: number;
  method: M;
  params: RpcMethods[M]["params"];
}

export type RpcResponse =
  | { channel: typeof rpcChannel; kind: "response"; id: number; ok: true; value: unknown }
  | { channel: typeof rpcChannel; kind: "response"; id: number; ok: false; error: WireError };

export interface RpcEventMessage {
  channel: typeof rpcChannel;
  kind: "event";
  event: HostEvent;
}

/** Thrown by host handlers to answer a request with an Office error instead of a value. */
export class OfficeCallError extends Error {
  readonly code: number;
  constructor(code: number, name: string, message: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

/** Outlook's own error codes for the failures the workbench reproduces. */
export const officeErrors = {
  dataExceedsMaximumSize: { code: 1000, name: "DataExceedsMaximumSize" },
  invalidFormat: { code: 2006, name: "InvalidFormatError" },
  genericResponseError: { code: 9020, name: "GenericResponseError" },
  duplicateNotificationKey: { code: 9023, name: "DuplicateNotificationKey" },
  notificationKeyNotFound: { code: 9024, name: "NotificationKeyNotFound" },
  numberOfNotificationsExceeded: { code: 9025, name: "NumberOfNotificationsExceeded" },
  apiNotSupported: { code: 9032, name: "ApiCallNotSupportedByExtensionPoint" },
  dialogUserClosed: { code: 12006, name: "DialogClosed" },
} as const;

/** Checks the shape of anything that claims to be a workbench message. */
export function isWorkbenchMessage(data: unknown): data is { channel: string; kind: string } {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { channel?: unknown }).channel === rpcChannel &&
    typeof (data as { kind?: unknown }).kind === "string"
  );
}
