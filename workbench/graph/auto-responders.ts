// Demo prospects answering: a delivery to a responder schedules its answer on the fake clock; due answers land in the mailbox.
import { randomBytes } from "node:crypto";
import { buildDemoAnswer, demoResponders, findDemoResponder } from "../demo/demo-responders";
import { asString, isJsonObject } from "./graph-types";
import { deliverInbound } from "./inbound-delivery";
import { buildBodyPreview } from "./mailbox-store";
import type { DeliveredMessage, DemoResponder } from "../demo/demo-responders";
import type { FakeClock } from "./fake-clock";
import type { JsonObject } from "./graph-types";
import type { MailboxStore } from "./mailbox-store";
import type { Delivery } from "./send-pipeline";

export interface ResponderSettings {
  isEnabled: boolean;
  /** Fake-clock delay between a delivery and its answer; 0 answers at once. */
  delayMs: number;
}

/** The workbench default: about five seconds after sending, as the fake clock ticks with real time. */
export const defaultResponderSettings: ResponderSettings = { isEnabled: true, delayMs: 5_000 };

interface PendingAnswer {
  dueMs: number;
  responder: DemoResponder;
  sent: DeliveredMessage;
}

function mintAnswerId(responder: DemoResponder): string {
  const isBounce = responder.kind === "bounce";
  const domain = isBounce
    ? "MW4PR11MB5872.namprd11.prod.outlook.com"
    : (responder.person.address.split("@")[1] ?? "example.com");
  return `<${randomBytes(10).toString("hex").toUpperCase()}@${domain}>`;
}

export class AutoResponders {
  settings: ResponderSettings;
  private pending: PendingAnswer[] = [];

  constructor(
    private readonly store: MailboxStore,
    private readonly clock: FakeClock,
    settings: ResponderSettings = defaultResponderSettings,
  ) {
    this.settings = { ...settings };
  }

  /** The delivery hook: each responder among the recipients (to, cc, bcc) answers once. */
  onDelivered(delivery: Delivery, props: JsonObject): void {
    const isMail = delivery.via !== "event-invitation";
    if (!this.settings.isEnabled || !isMail) return;
    const recipients = new Set(
      [...delivery.to, ...delivery.cc, ...delivery.bcc].map((a) => a.toLowerCase()),
    );
    const dueMs = this.clock.now().getTime() + this.settings.delayMs;
    const conversationId = asString(props.conversationId);
    const sent: DeliveredMessage = {
      subject: delivery.subject,
      internetMessageId: delivery.internetMessageId,
      sentAt: delivery.deliveredAt,
      text: buildBodyPreview(isJsonObject(props.body) ? props.body : undefined),
      ...(conversationId === undefined ? {} : { conversationId }),
    };
    for (const address of recipients) {
      const responder = findDemoResponder(address);
      if (responder) this.pending.push({ dueMs, responder, sent });
    }
    this.releaseDue();
  }

  /** Delivers the answers whose time has come on the fake clock (timer tick and clock jumps). */
  releaseDue(): void {
    const nowMs = this.clock.now().getTime();
    const due = this.pending.filter((answer) => answer.dueMs <= nowMs);
    if (due.length === 0) return;
    this.pending = this.pending.filter((answer) => answer.dueMs > nowMs);
    for (const answer of due) {
      const { folder, message } = buildDemoAnswer(answer.responder, {
        sent: answer.sent,
        at: this.clock.now(),
        internetMessageId: mintAnswerId(answer.responder),
      });
      deliverInbound(this.store, { message, folder });
    }
  }

  /** Switching off also drops answers not delivered yet. */
  configure(partial: Partial<ResponderSettings>): void {
    this.settings = { ...this.settings, ...partial };
    if (!this.settings.isEnabled) this.pending = [];
  }

  describe(): JsonObject {
    return {
      ...this.settings,
      pending: this.pending.length,
      responders: demoResponders.map((responder) => ({
        address: responder.person.address,
        name: responder.person.name,
        answer: responder.kind,
        folder: responder.folder,
      })),
    };
  }
}
