// The LaunchEvent vocabulary from Microsoft's manifest reference: event types, their Mailbox sets, send modes, handler names.

/**
 * LaunchEvent Type values of the XML manifest and the Mailbox requirement set each needs
 * (learn.microsoft.com "Configure your Outlook add-in for event-based activation", supported events table).
 * "preview" events run only on Insider builds.
 */
export const launchEventMinimumMailbox: Readonly<Record<string, string>> = {
  OnNewMessageCompose: "1.10",
  OnNewAppointmentOrganizer: "1.10",
  OnMessageAttachmentsChanged: "1.11",
  OnAppointmentAttachmentsChanged: "1.11",
  OnMessageRecipientsChanged: "1.11",
  OnAppointmentAttendeesChanged: "1.11",
  OnAppointmentTimeChanged: "1.11",
  OnAppointmentRecurrenceChanged: "1.11",
  OnInfoBarDismissClicked: "1.11",
  OnMessageSend: "1.12",
  OnAppointmentSend: "1.12",
  OnMessageCompose: "1.12",
  OnAppointmentOrganizer: "1.12",
  OnMessageFromChanged: "1.13",
  OnAppointmentFromChanged: "1.13",
  OnSensitivityLabelChanged: "1.13",
  OnMessageRead: "preview",
  OnMessageReadWithCustomAttachment: "preview",
  OnMessageReadWithCustomHeader: "preview",
};

/** The LaunchEventSendMode simple type of [MS-OWEMXML] 2.3.67. */
export const sendModes = ["PromptUser", "SoftBlock", "Block"] as const;
export const sendEvents = new Set(["OnMessageSend", "OnAppointmentSend"]);
export const headerEvents = new Set(["OnMessageRead", "OnMessageReadWithCustomHeader"]);

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const reservedWords = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

/** A FunctionName Office can find on the handler file's global scope: a plain, non-reserved JS identifier. */
export function isValidFunctionName(name: string): boolean {
  return identifierPattern.test(name) && !reservedWords.has(name);
}
