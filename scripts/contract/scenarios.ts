// The Graph calls Tempo makes, as data: one entry per request the contract run sends to the fake Graph.
import { addInId, demoUser } from "../../workbench/workbench-config";
import type { JsonValue } from "./contract-types";

export interface Scenario {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path below `/v1.0` (`/me/messages/{draftId}`), or `{var}` holding an absolute link saved earlier. */
  url: string;
  /** Encoded by the runner with encodeURIComponent; values may hold `{var}`. */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** JSON body; strings may hold `{var}`. */
  body?: JsonValue;
  /** Statuses that count as success; anything else fails the run. */
  expectStatus: number[];
  /** Variables to save from the (last page's) body: name → member path like `id`, `value.0.conversationId`, `@odata.deltaLink`. */
  save?: Record<string, string>;
  /** Follow `@odata.nextLink` to the last page (at most 10 pages). */
  followNextLinks?: boolean;
}

/** Tempo's tracking mark: the Office custom properties of the add-in, as Graph names the MAPI property. */
export const trackingPropertyId = `String {00020329-0000-0000-C000-000000000046} Name cecp-${addInId.toLowerCase()}`;
const prospect = { emailAddress: { name: "Megan Bowen", address: "megan.bowen@fabrikam.com" } };
const pacificTime = 'outlook.timezone="Pacific Standard Time"';
const messageFields =
  "id,subject,from,toRecipients,conversationId,internetMessageId,receivedDateTime,sentDateTime,isRead,flag";

export const scenarios: Scenario[] = [
  {
    name: "read the signed-in user",
    method: "GET",
    url: "/me",
    query: { $select: "id,displayName,mail,userPrincipalName" },
    expectStatus: [200],
  },
  { name: "read mailbox settings", method: "GET", url: "/me/mailboxSettings", expectStatus: [200] },
  {
    name: "update the mailbox time zone",
    method: "PATCH",
    url: "/me/mailboxSettings",
    body: { timeZone: demoUser.timeZone },
    expectStatus: [200],
  },
  {
    name: "list the inbox, newest first, paging with nextLink",
    method: "GET",
    url: "/me/mailFolders/inbox/messages",
    query: { $select: messageFields, $top: "2", $orderby: "receivedDateTime desc" },
    headers: { Prefer: `${pacificTime}, IdType="ImmutableId"` },
    expectStatus: [200],
    followNextLinks: true,
    save: { conversationId: "value.0.conversationId" },
  },
  {
    name: "list tracked mail in Sent Items",
    method: "GET",
    url: "/me/mailFolders/sentitems/messages",
    query: {
      $filter: `singleValueExtendedProperties/any(ep: ep/id eq '${trackingPropertyId}' and ep/value ne null)`,
      $expand: `singleValueExtendedProperties($filter=id eq '${trackingPropertyId}')`,
      $select: messageFields,
      $top: "25",
    },
    headers: { Prefer: "odata.maxpagesize=10" },
    expectStatus: [200],
    followNextLinks: true,
  },
  {
    name: "find a conversation",
    method: "GET",
    url: "/me/messages",
    query: { $filter: "conversationId eq '{conversationId}'", $select: messageFields, $top: "10" },
    expectStatus: [200],
  },
  {
    name: "create a tracked draft",
    method: "POST",
    url: "/me/messages",
    body: {
      subject: "Pricing for Fabrikam",
      body: { contentType: "html", content: "<p>Hello Megan,</p>" },
      toRecipients: [prospect],
      singleValueExtendedProperties: [{ id: trackingPropertyId, value: '{"tracked":"1"}' }],
    },
    expectStatus: [201],
    save: { draftId: "id" },
  },
  {
    name: "read the draft's tracking mark",
    method: "GET",
    url: "/me/messages/{draftId}",
    query: { $expand: `singleValueExtendedProperties($filter=id eq '${trackingPropertyId}')` },
    expectStatus: [200],
  },
  {
    name: "flag the draft for follow-up",
    method: "PATCH",
    url: "/me/messages/{draftId}",
    body: {
      flag: {
        flagStatus: "flagged",
        startDateTime: { dateTime: "2025-03-17T09:00:00", timeZone: "UTC" },
        dueDateTime: { dateTime: "2025-03-20T09:00:00", timeZone: "UTC" },
      },
    },
    expectStatus: [200],
  },
  {
    name: "send the draft",
    method: "POST",
    url: "/me/messages/{draftId}/send",
    expectStatus: [202],
  },
  {
    name: "send mail directly",
    method: "POST",
    url: "/me/sendMail",
    body: {
      message: {
        subject: "Following up",
        body: { contentType: "text", content: "Any news?" },
        toRecipients: [prospect],
      },
      saveToSentItems: true,
    },
    expectStatus: [202],
  },
  {
    name: "inbox delta, initial round",
    method: "GET",
    url: "/me/mailFolders/inbox/messages/delta()",
    query: { $select: "subject,from,conversationId,internetMessageId,receivedDateTime" },
    headers: { Prefer: "odata.maxpagesize=5" },
    expectStatus: [200],
    followNextLinks: true,
    save: { deltaLink: "@odata.deltaLink" },
  },
  {
    name: "inbox delta, follow the deltaLink",
    method: "GET",
    url: "{deltaLink}",
    headers: { Prefer: "odata.maxpagesize=5" },
    expectStatus: [200],
  },
  {
    name: "batch of reads",
    method: "POST",
    url: "/$batch",
    body: {
      requests: [
        { id: "1", method: "GET", url: "/me?$select=id,displayName" },
        { id: "2", method: "GET", url: "/me/mailboxSettings" },
        { id: "3", method: "GET", url: "/me/mailFolders/inbox/messages?$select=id,subject&$top=1" },
      ],
    },
    expectStatus: [200],
  },
  {
    name: "get my schedule",
    method: "POST",
    url: "/me/calendar/getSchedule",
    headers: { Prefer: pacificTime },
    body: {
      schedules: [demoUser.emailAddress],
      startTime: { dateTime: "2025-03-17T09:00:00", timeZone: demoUser.timeZone },
      endTime: { dateTime: "2025-03-21T18:00:00", timeZone: demoUser.timeZone },
      availabilityViewInterval: 30,
    },
    expectStatus: [200],
  },
  {
    name: "calendar view of a week",
    method: "GET",
    url: "/me/calendarView",
    query: {
      startDateTime: "2025-03-17T00:00:00Z",
      endDateTime: "2025-03-24T00:00:00Z",
      $select: "subject,start,end,showAs,isAllDay",
      $orderby: "start/dateTime",
      $top: "50",
    },
    headers: { Prefer: pacificTime },
    expectStatus: [200],
    followNextLinks: true,
  },
  { name: "read the default calendar", method: "GET", url: "/me/calendar", expectStatus: [200] },
  {
    name: "book a meeting",
    method: "POST",
    url: "/me/events",
    headers: { Prefer: pacificTime },
    body: {
      subject: "Fabrikam pricing call",
      start: { dateTime: "2025-03-18T10:00:00", timeZone: demoUser.timeZone },
      end: { dateTime: "2025-03-18T10:30:00", timeZone: demoUser.timeZone },
      attendees: [{ ...prospect, type: "required" }],
      isOnlineMeeting: false,
    },
    expectStatus: [201],
    save: { eventId: "id" },
  },
  {
    name: "move the meeting",
    method: "PATCH",
    url: "/me/events/{eventId}",
    body: { end: { dateTime: "2025-03-18T11:00:00", timeZone: demoUser.timeZone } },
    expectStatus: [200],
  },
  {
    name: "cancel the meeting",
    method: "DELETE",
    url: "/me/events/{eventId}",
    expectStatus: [204],
  },
];
