// Tempo's features and the Graph operations each performs: the single source the requested scopes are derived from.
import type { GraphOperation } from "./graph-operation";

export const Feature = {
  account: "account",
  trackedSend: "tracked_send",
  replyDetection: "reply_detection",
  followUps: "follow_ups",
  availability: "availability",
  booking: "booking",
  sendLater: "send_later",
} as const;
export type Feature = (typeof Feature)[keyof typeof Feature];

export interface FeatureDefinition {
  /** As the Permissions view names it. */
  readonly label: string;
  readonly operations: readonly GraphOperation[];
}

/** Graph calls more than one feature makes; each feature lists them by name. */
const createMessage: GraphOperation = { method: "POST", pathTemplate: "/me/messages" };
const updateMessage: GraphOperation = { method: "PATCH", pathTemplate: "/me/messages/{messageId}" };
const sendDraft: GraphOperation = { method: "POST", pathTemplate: "/me/messages/{messageId}/send" };
/** A folder's messages filtered on a Tempo extended property, which is read back. */
const listFolderMessagesByProperty: GraphOperation = {
  method: "GET",
  pathTemplate: "/me/mailFolders/{folderId}/messages",
  readsBodyOrExtendedProperties: true,
};
/** Messages across the mailbox, with extended properties or headers read. */
const listMessagesWithProperties: GraphOperation = {
  method: "GET",
  pathTemplate: "/me/messages",
  readsBodyOrExtendedProperties: true,
};

/** To add a feature or a call: list the operation here; the scopes follow (derive-scopes.ts). */
export const features: Readonly<Record<Feature, FeatureDefinition>> = {
  account: {
    label: "Sign-in and account",
    operations: [{ method: "GET", pathTemplate: "/me" }],
  },
  tracked_send: {
    label: "Tracked email",
    operations: [
      createMessage,
      updateMessage,
      sendDraft,
      // Finding the Sent copy filters on Tempo's extended property and reads it back.
      listFolderMessagesByProperty,
    ],
  },
  reply_detection: {
    label: "Reply detection",
    operations: [
      // The classifier reads body and headers to tell replies from auto-replies and bounces.
      {
        method: "GET",
        pathTemplate: "/me/mailFolders/{folderId}/messages/delta",
        readsBodyOrExtendedProperties: true,
      },
      { method: "GET", pathTemplate: "/me/messages/{messageId}" },
      // The tracked mail it matches against: Sent Items filtered on Tempo's mark, its state expanded.
      listFolderMessagesByProperty,
      // What came back (tracking state, and the follow-up flag set or cleared) is written onto the sent message.
      updateMessage,
    ],
  },
  follow_ups: {
    label: "Follow-up reminders",
    operations: [updateMessage],
  },
  availability: {
    label: "Share availability",
    operations: [
      { method: "POST", pathTemplate: "/me/calendar/getSchedule" },
      { method: "GET", pathTemplate: "/me/mailboxSettings" },
    ],
  },
  booking: {
    label: "Book meetings",
    operations: [
      // The offer inserted from compose is read back from the thread's Sent copy (custom properties).
      listMessagesWithProperties,
      { method: "POST", pathTemplate: "/me/calendar/getSchedule" },
      { method: "GET", pathTemplate: "/me/calendars" },
      { method: "POST", pathTemplate: "/me/events" },
      // Tentative holds: found by Tempo's extended property, released by DELETE.
      { method: "GET", pathTemplate: "/me/events", readsBodyOrExtendedProperties: true },
      { method: "DELETE", pathTemplate: "/me/events/{eventId}" },
    ],
  },
  send_later: {
    label: "Send later",
    operations: [
      // Schedule: a draft (Tempo's or the saved compose item) gets PidTagDeferredSendTime, then /send.
      createMessage,
      updateMessage,
      sendDraft,
      // The console lists Drafts by that extended property; cancel copies the held message and deletes it.
      listFolderMessagesByProperty,
      {
        method: "GET",
        pathTemplate: "/me/messages/{messageId}",
        readsBodyOrExtendedProperties: true,
      },
      { method: "DELETE", pathTemplate: "/me/messages/{messageId}" },
      // The prospect's zone is guessed from the Date header of their newest email.
      listMessagesWithProperties,
    ],
  },
};
