// Event-based activation handlers: apply "track by default" and always let Outlook go on, well within its time limit.
import { applyDefaultTracking, type EventOffice } from "./default-tracking";

/** The part of Outlook's event object the handlers use. */
export type MailboxEvent = Pick<Office.MailboxEvent, "completed">;

/** What OnMessageSend ends with; Tempo's own part is always `allowEvent: true`. */
export interface SendVerdict {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
}

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
   * PRE-SEND CHECKS (issue #6, src/commands/pre-send-checks.ts, written by another engineer): the
   * lead passes the Smart Alerts check here. It runs after the mark is written and its verdict is
   * the send's; without it the send is always allowed.
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
  if (office !== undefined) {
    await runWithinBudget(() => applyDefaultTracking({ office, trigger: "send" }), budgetMs);
  }
  // ── PRE-SEND CHECKS (issue #6) go here: the lead wires runPreSendChecks as `preSendCheck`. ──
  if (options.preSendCheck === undefined) return { allowEvent: true };
  return options.preSendCheck(office);
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
        event.completed(
          verdict.errorMessage === undefined
            ? { allowEvent: verdict.allowEvent }
            : { allowEvent: verdict.allowEvent, errorMessage: verdict.errorMessage },
        );
      }
    },
  };
}

function readGlobalOffice(): EventOffice | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

const defaultHandlers = createEventHandlers({ readOffice: readGlobalOffice });

/** Runs when a new message, reply or forward is created (not when a draft is reopened). */
export function handleNewMessageCompose(event: MailboxEvent): void {
  // The handler completes the event itself and never rejects.
  void defaultHandlers.onNewMessageCompose(event);
}

/** Runs when the user selects Send; Tempo's part always ends with `allowEvent: true`. */
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
