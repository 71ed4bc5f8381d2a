// Tempo's features and the Graph operations each performs: the single source the requested scopes are derived from.
import type { GraphOperation } from "./graph-operation";

export const Feature = {
  account: "account",
  trackedSend: "tracked_send",
  replyDetection: "reply_detection",
  followUps: "follow_ups",
  availability: "availability",
  booking: "booking",
} as const;
export type Feature = (typeof Feature)[keyof typeof Feature];

export interface FeatureDefinition {
  /** As the Permissions view names it. */
  readonly label: string;
  readonly operations: readonly GraphOperation[];
}

/** To add a feature or a call: list the operation here; the scopes follow (derive-scopes.ts). */
export const features: Readonly<Record<Feature, FeatureDefinition>> = {
  account: {
    label: "Sign-in and account",
    operations: [{ method: "GET", pathTemplate: "/me" }],
  },
  tracked_send: {
    label: "Tracked email",
    operations: [
      { method: "POST", pathTemplate: "/me/messages" },
      { method: "PATCH", pathTemplate: "/me/messages/{messageId}" },
      { method: "POST", pathTemplate: "/me/messages/{messageId}/send" },
      // Finding the Sent copy filters on Tempo's extended property and reads it back.
      {
        method: "GET",
        pathTemplate: "/me/mailFolders/{folderId}/messages",
        readsBodyOrExtendedProperties: true,
      },
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
    ],
  },
  follow_ups: {
    label: "Follow-up reminders",
    operations: [{ method: "PATCH", pathTemplate: "/me/messages/{messageId}" }],
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
    operations: [{ method: "POST", pathTemplate: "/me/events" }],
  },
};
