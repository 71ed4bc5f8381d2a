// Office.js enumerations with the values real Office.js has at run time (strings, not the d.ts ordinals).
import { asyncResultStatus } from "./async-result";

/** Casts a run-time table to the declared enum type, keeping the member names checked. */
function asEnum<E>(values: Record<keyof E, string | number>): E {
  return values as unknown as E;
}

export const HostType = asEnum<typeof Office.HostType>({
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
});

export const PlatformType = asEnum<typeof Office.PlatformType>({
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
});

export const CoercionType = asEnum<typeof Office.CoercionType>({
  Text: "text",
  Matrix: "matrix",
  Table: "table",
  Html: "html",
  Ooxml: "ooxml",
  SlideRange: "slideRange",
  Image: "image",
  XmlSvg: "xmlSvg",
});

export const AsyncResultStatus = asyncResultStatus as unknown as typeof Office.AsyncResultStatus;

/** The Outlook-relevant event names; the rest of Office's list is not used by mail add-ins. */
export const EventType = {
  ItemChanged: "olkItemSelectedChanged",
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
  DialogParentMessageReceived: "dialogParentMessageReceived",
  OfficeThemeChanged: "officeThemeChanged",
  RecipientsChanged: "olkRecipientsChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  SelectedItemsChanged: "olkSelectedItemsChanged",
  InfobarClicked: "olkInfobarClicked",
} as unknown as typeof Office.EventType;

export const MailboxEnums = {
  RestVersion: asEnum<typeof Office.MailboxEnums.RestVersion>({
    v1_0: "v1.0",
    v2_0: "v2.0",
    Beta: "beta",
  }),
  ItemType: asEnum<typeof Office.MailboxEnums.ItemType>({
    Message: "message",
    Appointment: "appointment",
  }),
  RecipientType: asEnum<typeof Office.MailboxEnums.RecipientType>({
    DistributionList: "distributionList",
    User: "user",
    ExternalUser: "externalUser",
    Other: "other",
  }),
  ResponseType: asEnum<typeof Office.MailboxEnums.ResponseType>({
    None: "none",
    Organizer: "organizer",
    Tentative: "tentative",
    Accepted: "accepted",
    Declined: "declined",
  }),
  ItemNotificationMessageType: asEnum<typeof Office.MailboxEnums.ItemNotificationMessageType>({
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  }),
  BodyMode: asEnum<typeof Office.MailboxEnums.BodyMode>({ FullBody: 0, HostConfig: 1 }),
};
