// Sending: messages leave at once, Sent Items copies appear asynchronously, deferred sends wait in Drafts, every departure is recorded once.
import { addInId, demoUser } from "../workbench-config";
import { badRequest } from "./graph-errors";
import { isJsonObject } from "./graph-types";
import { mintId, mintInternetMessageId } from "./mail-ids";
import { isSameExtendedPropertyId } from "./odata-filter-eval";
import type { FakeClock } from "./fake-clock";
import type { FaultController } from "./faults";
import type { Json, JsonObject } from "./graph-types";
import type { ExtendedProperty, MailboxStore, StoredMessage } from "./mailbox-store";

/** PidTagDeferredSendTime as Graph names it (GRAPH-FACTS C9). */
export const deferredSendTimeId = "SystemTime 0x3FEF";
/** Office.js custom properties as Exchange stores them (GRAPH-FACTS A1, [MS-OXCEXT] 2.2.5). */
export const hostCustomPropertiesId = `String {00020329-0000-0000-C000-000000000046} Name cecp-${addInId.toLowerCase()}`;

export interface Delivery {
  deliveredAt: string;
  internetMessageId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The sender-side extended properties (id → value); recipients never see them. */
  markerProperties: Record<string, string>;
  via: "graph-send" | "graph-sendMail" | "host" | "event-invitation";
}

interface Departure {
  props: JsonObject;
  extendedProperties: ExtendedProperty[];
  via: Delivery["via"];
  isSentCopySaved: boolean;
  sentCopyImmutableId?: string;
}

function addresses(value: Json | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((recipient) => {
    const address =
      isJsonObject(recipient) && isJsonObject(recipient.emailAddress)
        ? recipient.emailAddress.address
        : undefined;
    return typeof address === "string" ? [address] : [];
  });
}

export class SendPipeline {
  readonly deliveries: Delivery[] = [];
  private readonly held = new Map<string, Omit<Departure, "props" | "extendedProperties">>();
  /** Held sends whose draft was deleted while cancel-by-delete is switched off: they still go out. */
  private readonly orphans: Array<{ dueMs: number; departure: Departure }> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private idleWaiters: Array<() => void> = [];
  /** Called once per departure, after it is recorded (the demo responders listen here). */
  onDelivered?: (delivery: Delivery, props: JsonObject) => void;

  constructor(
    private readonly store: MailboxStore,
    private readonly clock: FakeClock,
    private readonly faults: FaultController,
  ) {}

  readDeferredSendMs(extendedProperties: ExtendedProperty[]): number | undefined {
    const prop = extendedProperties.find((candidate) =>
      isSameExtendedPropertyId(candidate.id, deferredSendTimeId),
    );
    const ms = prop === undefined ? NaN : Date.parse(prop.value);
    return Number.isNaN(ms) ? undefined : ms;
  }

  /** POST /messages/{id}/send on a draft. "held" when PidTagDeferredSendTime is in the future; the Sent copy will get `sentCopyImmutableId`. */
  sendDraft(
    message: StoredMessage,
    options: { via: Delivery["via"]; keepImmutableId: boolean; isSentCopySaved?: boolean },
  ): { outcome: "sent" | "held"; sentCopyImmutableId: string } {
    const recipients = [
      ...addresses(message.props.toRecipients),
      ...addresses(message.props.ccRecipients),
      ...addresses(message.props.bccRecipients),
    ];
    if (recipients.length === 0)
      throw badRequest(
        "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
        "ErrorInvalidRecipients",
      );
    const sentCopyImmutableId = options.keepImmutableId ? message.immutableId : mintId("immutable");
    const departure = {
      via: options.via,
      isSentCopySaved: options.isSentCopySaved ?? true,
      sentCopyImmutableId,
    };
    const dueMs = this.readDeferredSendMs(message.extendedProperties);
    if (dueMs !== undefined && dueMs > this.clock.now().getTime()) {
      message.heldUntilMs = dueMs;
      this.held.set(message.key, departure);
      this.store.touch(message);
      return { outcome: "held", sentCopyImmutableId };
    }
    this.store.removeMessage(message);
    this.depart({
      ...departure,
      props: message.props,
      extendedProperties: message.extendedProperties,
    });
    return { outcome: "sent", sentCopyImmutableId };
  }

  /** POST /sendMail: no draft is kept; deferred ones wait in Drafts like a sent draft would. */
  sendNew(
    props: JsonObject,
    extendedProperties: ExtendedProperty[],
    options: { via: Delivery["via"]; isSentCopySaved: boolean },
  ): void {
    const draft = this.store.addMessage({
      folder: "drafts",
      props: { ...props, isDraft: true },
      extendedProperties,
    });
    try {
      this.sendDraft(draft, { ...options, keepImmutableId: false });
    } catch (error) {
      this.store.removeMessage(draft);
      throw error;
    }
  }

  /** DELETE of a draft: cancels a held send unless the C9 switch says cancelling does not work. */
  onDraftDeleted(message: StoredMessage): void {
    const pending = this.held.get(message.key);
    this.held.delete(message.key);
    const isCancelled = this.faults.switches.isHeldSendCancelledByDelete;
    if (pending && message.heldUntilMs !== undefined && !isCancelled) {
      this.orphans.push({
        dueMs: message.heldUntilMs,
        departure: {
          ...pending,
          props: message.props,
          extendedProperties: message.extendedProperties,
        },
      });
    }
  }

  /** Releases held sends whose time has come (runs on a timer and whenever the fake clock jumps). */
  releaseDue(): void {
    const nowMs = this.clock.now().getTime();
    for (const message of this.store.listMessages()) {
      const pending = this.held.get(message.key);
      if (!pending || message.heldUntilMs === undefined || message.heldUntilMs > nowMs) continue;
      this.held.delete(message.key);
      delete message.heldUntilMs;
      this.store.removeMessage(message);
      this.depart({
        ...pending,
        props: message.props,
        extendedProperties: message.extendedProperties,
      });
    }
    for (const orphan of this.orphans.filter((candidate) => candidate.dueMs <= nowMs)) {
      this.orphans.splice(this.orphans.indexOf(orphan), 1);
      this.depart(orphan.departure);
    }
  }

  /** Records the delivery now; the Sent Items copy appears after the configured real-time delay. */
  depart(departure: Departure): void {
    const sentAt = this.clock.now().toISOString();
    const stamped = departure.props.internetMessageId;
    const isStampKept =
      this.faults.switches.isStampedInternetMessageIdKept && typeof stamped === "string";
    const internetMessageId = isStampKept ? stamped : mintInternetMessageId();
    const delivery: Delivery = {
      deliveredAt: sentAt,
      internetMessageId,
      to: addresses(departure.props.toRecipients),
      cc: addresses(departure.props.ccRecipients),
      bcc: addresses(departure.props.bccRecipients),
      subject: typeof departure.props.subject === "string" ? departure.props.subject : "",
      markerProperties: Object.fromEntries(
        departure.extendedProperties.map((prop) => [prop.id, prop.value]),
      ),
      via: departure.via,
    };
    this.deliveries.push(delivery);
    this.onDelivered?.(delivery, departure.props);
    const { min, max } = this.faults.switches.sentCopyDelayMs;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (departure.isSentCopySaved) this.addSentCopy(departure, { sentAt, internetMessageId });
        if (this.timers.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      },
      min + Math.random() * Math.max(0, max - min),
    );
    this.timers.add(timer);
  }

  private addSentCopy(
    departure: Departure,
    stamp: { sentAt: string; internetMessageId: string },
  ): void {
    const me = { emailAddress: { name: demoUser.displayName, address: demoUser.emailAddress } };
    this.store.addMessage({
      folder: "sentitems",
      ...(departure.sentCopyImmutableId === undefined
        ? {}
        : { immutableId: departure.sentCopyImmutableId }),
      props: {
        ...departure.props,
        from: me,
        sender: me,
        isDraft: false,
        isRead: true,
        sentDateTime: stamp.sentAt,
        receivedDateTime: stamp.sentAt,
        internetMessageId: stamp.internetMessageId,
        // GRAPH-FACTS A4: the Sent Items copy carries no transport headers.
        internetMessageHeaders: [],
      },
      extendedProperties: departure.extendedProperties,
    });
  }

  /** Resolves once every scheduled Sent Items copy has been written. */
  idle(): Promise<void> {
    return this.timers.size === 0
      ? Promise.resolve()
      : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  reset(): void {
    this.close();
    this.deliveries.length = 0;
    this.held.clear();
    this.orphans.length = 0;
  }
}
