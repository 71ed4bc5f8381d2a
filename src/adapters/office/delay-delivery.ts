// ComposeDelivery over Office.js: item.delayDeliveryTime (Mailbox 1.13), else save the draft for Graph; close; sessionData.
import { createAppError } from "../../core/errors/app-error";
import { draftStartedSessionKey } from "../../core/scheduling/send-later-settings";
import { toMessageId } from "../../ports/mail-api";
import { callOfficeAsync } from "../../shared/call-office-async";
import type { DelayComposeItem, DelayDeliveryOffice } from "./delay-delivery-office";
import type { MessageId } from "../../ports/mail-api";
import type { ComposeDelivery, ComposeDeliveryCapability } from "../../ports/scheduled-send-api";

// Office.MailboxEnums.RestVersion.v2_0's run-time value; Graph takes the v2.0 REST id format (use-rest-api.md).
const restVersion2 = "v2.0" as Office.MailboxEnums.RestVersion;

/** Builds the compose side of send later; `readOffice` is called on each use (Office may load late). */
export function createOfficeComposeDelivery(
  readOffice: () => DelayDeliveryOffice | undefined,
): ComposeDelivery {
  const read = (): { office: DelayDeliveryOffice; item: DelayComposeItem } => {
    const office = readOffice();
    const item = office?.context.mailbox?.item ?? undefined;
    if (office === undefined || item === undefined)
      throw createAppError("office_api_unsupported", { details: { api: "mailbox.item" } });
    return { office, item };
  };
  // Runs `work` so that a synchronous throw (no item, no API) becomes a rejection too.
  const attempt = <T>(work: () => Promise<T>): Promise<T> => Promise.resolve().then(work);

  return {
    readCapability(): ComposeDeliveryCapability {
      const office = readOffice();
      const item = office?.context.mailbox?.item ?? undefined;
      if (office === undefined || item === undefined || item.saveAsync === undefined)
        return { kind: "unavailable" };
      const hasDelay =
        office.context.requirements.isSetSupported("Mailbox", "1.13") &&
        item.delayDeliveryTime !== undefined;
      if (!hasDelay) return { kind: "graph_fallback" };
      // Classic Outlook on Windows keeps no Outbox copy of a delayed send (delay-delivery.md, GRAPH-FACTS C8).
      const isClassicWindows = String(office.context.diagnostics?.platform ?? "") === "PC";
      return { kind: "delay_delivery", isCancellableAfterSend: !isClassicWindows };
    },

    readDelay: () =>
      attempt(async () => {
        const { office, item } = read();
        const delay = item.delayDeliveryTime;
        if (delay === undefined) return undefined;
        const value = await callOfficeAsync<Date | 0>(office, (done) => delay.getAsync(done));
        const isUnset = value === 0 || value.getTime() <= 0;
        return isUnset ? undefined : value.toISOString();
      }),

    setDelay: (sendAtUtc) =>
      attempt(async () => {
        const { office, item } = read();
        const delay = item.delayDeliveryTime;
        if (delay === undefined) throw createAppError("office_api_unsupported");
        // Office documents no "clear"; a time already past means "send at once" for
        // PidTagDeferredSendTime (MAPI docs, GRAPH-FACTS C9), so clearing sets the epoch.
        const when = new Date(sendAtUtc ?? 0);
        await callOfficeAsync<void>(office, (done) => delay.setAsync(when, done));
      }),

    saveDraft: () =>
      attempt(async (): Promise<MessageId> => {
        const { office, item } = read();
        const mailbox = office.context.mailbox;
        const save = item.saveAsync?.bind(item);
        if (save === undefined || !mailbox) throw createAppError("office_api_unsupported");
        const ewsId = await callOfficeAsync<string>(office, (done) => save(done));
        return toMessageId(mailbox.convertToRestId(ewsId, restVersion2));
      }),

    close: () =>
      attempt(() => {
        const { item } = read();
        if (item.close === undefined) throw createAppError("office_api_unsupported");
        try {
          item.close();
        } catch (cause: unknown) {
          throw createAppError("office_call_failed", { cause });
        }
        return Promise.resolve();
      }),

    readConversationId() {
      const item = readOffice()?.context.mailbox?.item ?? undefined;
      const conversationId = item?.conversationId ?? undefined;
      return conversationId === "" ? undefined : conversationId;
    },

    recordDraftStart: (nowUtc) =>
      attempt(async () => {
        const { office, item } = read();
        const session = item.sessionData;
        if (session === undefined) return;
        const known = await callOfficeAsync<string>(office, (done) =>
          session.getAsync(draftStartedSessionKey, done),
        ).catch(() => "");
        if (known !== "") return;
        await callOfficeAsync<void>(office, (done) =>
          session.setAsync(draftStartedSessionKey, nowUtc, done),
        );
      }),
  };
}
