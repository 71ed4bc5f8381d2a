// The demo mailbox as a pure function of `now`: tracked outreach in Sent Items, replies, an OOF, a bounce, internal mail, a busy calendar.
import { demoUser } from "../workbench-config";
import { buildDemoEvents } from "./demo-calendar";
import { conversationIdFor, day, mail, messageIdFor } from "./demo-mail";
import { colleagues, demoUserObjectId, rep, toRecipient } from "./demo-people";
import type { MailSpec } from "./demo-mail";
import type { JsonObject } from "../graph/graph-types";

/** Tempo's own marker property on tracked mail (GRAPH-FACTS "Consequences" 1). */
export const tempoTrackIdPropertyId =
  "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId";

export interface SeedMessage {
  folder: "inbox" | "sentitems" | "drafts" | "deleteditems" | "junkemail" | "outbox";
  props: JsonObject;
  extendedProperties?: Array<{ id: string; value: string }>;
}

export interface DemoSeed {
  user: JsonObject;
  calendar: JsonObject;
  mailboxSettings: JsonObject;
  messages: SeedMessage[];
  events: JsonObject[];
}

function buildHeaders(
  spec: MailSpec,
  minutesAgoToIso: (m: number) => string,
): Array<{ name: string; value: string }> {
  if (spec.folder !== "inbox") return [];
  const parent =
    spec.inReplyTo === undefined
      ? undefined
      : mail.find((m) => m.thread === spec.inReplyTo && m.from === rep);
  const parentId = parent ? messageIdFor(parent) : undefined;
  const headers: Array<[string, string]> = [
    [
      "Received",
      `from ${spec.from.address.split("@")[1] ?? ""} by contoso.mail.protection.outlook.com; ${new Date(minutesAgoToIso(spec.minutesAgo)).toUTCString()}`,
    ],
    ["From", `${spec.from.name} <${spec.from.address}>`],
    ["To", spec.to.map((p) => `${p.name} <${p.address}>`).join(", ")],
    ["Subject", spec.subject],
    ["Date", new Date(minutesAgoToIso(spec.minutesAgo)).toUTCString()],
    ["Message-ID", messageIdFor(spec)],
    ...(parentId
      ? ([
          ["In-Reply-To", parentId],
          ["References", parentId],
        ] as Array<[string, string]>)
      : []),
    ["MIME-Version", "1.0"],
    ["Content-Type", 'text/plain; charset="utf-8"'],
    ...(spec.extraHeaders ?? []),
  ];
  return headers.map(([name, value]) => ({ name, value }));
}

function buildBounce(minutesAgoToIso: (m: number) => string): SeedMessage {
  const original = mail.find((m) => m.thread === "adatum-intro");
  const originalId = original ? messageIdFor(original) : "";
  const at = minutesAgoToIso(3 * day - 2);
  const text = `Delivery has failed to these recipients or groups:\n\nd.okafor@adatum.com\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nRemote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nOriginal message headers:\nMessage-ID: ${originalId}\nSubject: Intro: Contoso x Adatum\nFrom: ${rep.name} <${rep.address}>\nTo: d.okafor@adatum.com`;
  return {
    folder: "inbox",
    props: {
      subject: "Undeliverable: Intro: Contoso x Adatum",
      body: { contentType: "text", content: text },
      from: toRecipient(colleagues.postmaster),
      sender: toRecipient(colleagues.postmaster),
      toRecipients: [toRecipient(rep)],
      receivedDateTime: at,
      sentDateTime: at,
      createdDateTime: at,
      lastModifiedDateTime: at,
      isRead: false,
      hasAttachments: true,
      conversationId: conversationIdFor("adatum-intro"),
      internetMessageId: "<bounce.adatum-intro@contoso.com>",
      internetMessageHeaders: [
        { name: "From", value: `${colleagues.postmaster.name} <${colleagues.postmaster.address}>` },
        { name: "Subject", value: "Undeliverable: Intro: Contoso x Adatum" },
        { name: "Auto-Submitted", value: "auto-replied" },
        { name: "Return-Path", value: "<>" },
        { name: "Message-ID", value: "<bounce.adatum-intro@contoso.com>" },
        {
          name: "Content-Type",
          value: 'multipart/report; report-type=delivery-status; boundary="ndr-boundary"',
        },
      ],
    },
  };
}

export function seedDemoMailbox(now: Date): DemoSeed {
  const minutesAgoToIso = (minutes: number): string =>
    new Date(now.getTime() - minutes * 60_000).toISOString();
  const messages: SeedMessage[] = mail.map((spec) => {
    const at = minutesAgoToIso(spec.minutesAgo);
    const isDraft = spec.folder === "drafts";
    return {
      folder: spec.folder,
      props: {
        subject: spec.subject,
        body: { contentType: "text", content: spec.text },
        from: toRecipient(spec.from),
        sender: toRecipient(spec.from),
        toRecipients: spec.to.map(toRecipient),
        createdDateTime: at,
        lastModifiedDateTime: at,
        receivedDateTime: at,
        sentDateTime: isDraft ? null : at,
        isRead: spec.isRead ?? true,
        isDraft,
        conversationId: conversationIdFor(spec.thread),
        internetMessageId: messageIdFor(spec),
        internetMessageHeaders: buildHeaders(spec, minutesAgoToIso),
      },
      ...(spec.trackId === undefined
        ? {}
        : { extendedProperties: [{ id: tempoTrackIdPropertyId, value: spec.trackId }] }),
    };
  });
  const workingHours = {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "08:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: demoUser.timeZone },
  };
  return {
    user: {
      id: demoUserObjectId,
      displayName: rep.name,
      givenName: "Alex",
      surname: "Wilber",
      mail: rep.address,
      userPrincipalName: rep.address,
      jobTitle: "Account Executive",
      officeLocation: "Seattle",
      preferredLanguage: "en-US",
      businessPhones: ["+1 425 555 0109"],
      mobilePhone: null,
    },
    calendar: {
      name: "Calendar",
      color: "auto",
      hexColor: "",
      isDefaultCalendar: true,
      canShare: true,
      canViewPrivateItems: true,
      canEdit: true,
      allowedOnlineMeetingProviders: ["teamsForBusiness"],
      defaultOnlineMeetingProvider: "teamsForBusiness",
      isTallyingResponses: true,
      isRemovable: false,
      owner: { name: rep.name, address: rep.address },
    },
    mailboxSettings: {
      archiveFolder: "",
      timeZone: demoUser.timeZone,
      automaticRepliesSetting: {
        status: "disabled",
        externalAudience: "all",
        internalReplyMessage: "",
        externalReplyMessage: "",
        scheduledStartDateTime: { dateTime: minutesAgoToIso(0).slice(0, 19), timeZone: "UTC" },
        scheduledEndDateTime: { dateTime: minutesAgoToIso(-day).slice(0, 19), timeZone: "UTC" },
      },
      language: { locale: "en-US", displayName: "English (United States)" },
      dateFormat: "M/d/yyyy",
      timeFormat: "h:mm tt",
      workingHours,
      userPurpose: "user",
      delegateMeetingMessageDeliveryOptions: "sendToDelegateOnly",
    },
    messages: [...messages, buildBounce(minutesAgoToIso)],
    events: buildDemoEvents(now, { windows: demoUser.timeZone, iana: demoUser.ianaTimeZone }),
  };
}
