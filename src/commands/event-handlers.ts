// Event-based activation handlers: each completes its event at once so Outlook never waits on Tempo.

/** The part of Outlook's event object the handlers use. */
export type MailboxEvent = Pick<Office.MailboxEvent, "completed">;

/** Runs when a new message or reply is created; issue #5 will set "track by default" here. */
export function handleNewMessageCompose(event: MailboxEvent): void {
  event.completed();
}

/**
 * Runs when the user selects Send; always allows the send, because tracking must never stop an email.
 * Issue #5 will stamp the tracking mark here, still ending with `allowEvent: true`.
 */
export function handleMessageSend(event: MailboxEvent): void {
  event.completed({ allowEvent: true });
}

/** The manifest's LaunchEvent FunctionNames, mapped to their handlers. */
export const eventHandlers = {
  onNewMessageCompose: handleNewMessageCompose,
  onMessageSend: handleMessageSend,
} as const;

export function registerEventHandlers(actions: Pick<Office.Actions, "associate">): void {
  Object.entries(eventHandlers).forEach(([name, handler]) => actions.associate(name, handler));
}
