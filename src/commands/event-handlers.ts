// Event-based activation handlers: apply "track by default" and always let Outlook go on, well within its time limit.
import { applyDefaultTracking, type EventOffice } from "./default-tracking";
import { runPreSendChecksNow, type PreSendVerdict } from "./pre-send-checks";

/** The part of Outlook's event object the handlers use. */
export type MailboxEvent = Pick<Office.MailboxEvent, "completed">;

/** What OnMessageSend ends with: a send, or a Smart Alert from the pre-send checks (issue #6). */
export type SendVerdict = PreSendVerdict;

/**
 * Tempo's own work gets this long; then the event completes anyway. Outlook allows about 300 s, but
 * the user is waiting on Send, so tracking is never worth more than a moment.
 */
export const trackingBudgetMs = 3000;

export interface EventHandlerOptions {
  /** The Office namespace, read when the event fires (the runtime may set it late). */
  readonly readOffice: () => EventOffice | undefined;
  readonly budgetMs?: number;
  /**
   * The Smart Alerts check (issue #6, src/commands/pre-send-checks.ts). It runs beside the
   * tracking mark, so the two budgets overlap instead of adding up; its verdict is the send's.
   * Without it the send is always allowed.
   */
  readonly preSendCheck?: (office: EventOffice | undefined) => Promise<SendVerdict>;
}

/** Settles after `budgetMs` at the latest; Tempo's failures are swallowed so a send is never blocked by them. */
async function runWithinBudget(work: () => Promise<unknown>, budgetMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  // A failed or slow mark only means this email is not tracked; the rep can still mark it in the pane.
  const settled = work().then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([settled, budget]);
  clearTimeout(timer);
}

/** Completes `event` exactly once, with the verdict or with `allowEvent: true` if anything throws. */
async function decideSend(options: EventHandlerOptions): Promise<SendVerdict> {
  const budgetMs = options.budgetMs ?? trackingBudgetMs;
  const office = options.readOffice();
  const marking =
    office === undefined
      ? Promise.resolve()
      : runWithinBudget(() => applyDefaultTracking({ office, trigger: "send" }), budgetMs);
  const checking: Promise<SendVerdict> =
    options.preSendCheck === undefined
      ? Promise.resolve({ allowEvent: true })
      : options.preSendCheck(office).catch(() => ({ allowEvent: true }) as const);
  const [, verdict] = await Promise.all([marking, checking]);
  return verdict;
}

export interface EventHandlers {
  readonly onNewMessageCompose: (event: MailboxEvent) => Promise<void>;
  readonly onMessageSend: (event: MailboxEvent) => Promise<void>;
}

export function createEventHandlers(options: EventHandlerOptions): EventHandlers {
  const budgetMs = options.budgetMs ?? trackingBudgetMs;
  return {
    /** Pre-marks replies and forwards to external recipients; a new message has none yet, so send decides. */
    async onNewMessageCompose(event) {
      try {
        const office = options.readOffice();
        if (office !== undefined) {
          await runWithinBudget(
            () => applyDefaultTracking({ office, trigger: "new_compose" }),
            budgetMs,
          );
        }
      } finally {
        event.completed();
      }
    },
    /** Marks by default when an external recipient is on the email, then always lets it go. */
    async onMessageSend(event) {
      let verdict: SendVerdict = { allowEvent: true };
      try {
        verdict = await decideSend(options);
      } finally {
        // Code after completed() may never run (event-based-activation docs), so nothing follows it.
        event.completed(verdict);
      }
    },
  };
}

function readGlobalOffice(): EventOffice | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

const defaultHandlers = createEventHandlers({
  readOffice: readGlobalOffice,
  preSendCheck: () => runPreSendChecksNow(),
});

/** Runs when a new message, reply or forward is created (not when a draft is reopened). */
export function handleNewMessageCompose(event: MailboxEvent): void {
  // The handler completes the event itself and never rejects.
  void defaultHandlers.onNewMessageCompose(event);
}

/** Runs when the user selects Send: marks by default, and raises a Smart Alert only for the pre-send checks. */
export function handleMessageSend(event: MailboxEvent): void {
  // onMessageSend completes the event in `finally`; a rejection here was already answered.
  defaultHandlers.onMessageSend(event).catch(() => undefined);
}

/** The manifest's LaunchEvent FunctionNames, mapped to their handlers. */
export const eventHandlers = {
  onNewMessageCompose: handleNewMessageCompose,
  onMessageSend: handleMessageSend,
} as const;

export function registerEventHandlers(actions: Pick<Office.Actions, "associate">): void {
  Object.entries(eventHandlers).forEach(([name, handler]) => actions.associate(name, handler));
}
