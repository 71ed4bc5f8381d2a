// The Graph ids of the properties a scheduled send carries: Exchange's deferred send time and Tempo's schedule marker.

/**
 * PidTagDeferredSendTime (MAPI 0x3FEF, PtypTime) as Graph names it. Set on a draft before `/send`,
 * Exchange holds the message in Drafts until then (GRAPH-FACTS C9, field reports); a time already
 * past sends at once (MAPI docs). Outlook's own "send later" and `delayDeliveryTime` set it too.
 */
export const deferredSendTimePropertyId = "SystemTime 0x3FEF";

/**
 * Tempo's marker on a send it scheduled: a String named property in Tempo's property set whose value
 * is the schedule id, so a lost `/send` answer is settled by looking for it (send-exactly-once.ts).
 */
export const tempoScheduleIdPropertyId =
  "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoScheduleId";
