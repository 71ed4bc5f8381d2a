// What the Track switch shows: the rep's explicit choice, else "track by default" for external recipients.
import { countRecipients } from "./recipient-summary";
import type { ComposeRecipients } from "@/ui/hooks/use-compose-recipients";
import type { TrackingMark } from "./tracking-mark";

export interface TrackingDisplay {
  readonly isTracked: boolean;
  /** True when the default, not the rep, is what tracks this email. */
  readonly isByDefault: boolean;
}

/**
 * Mirrors the OnMessageSend handler (src/commands/default-tracking.ts), so the switch says what
 * will happen on Send: an explicit on/off wins; otherwise, with the default on, the email is
 * tracked exactly when a To/Cc recipient is outside the rep's domain.
 * e.g. no choice, default on, To `dana@fabrikam.com` for `alex@contoso.com` gives
 * `{ isTracked: true, isByDefault: true }`.
 */
export function describeTracking(options: {
  readonly mark: TrackingMark | undefined;
  readonly isTrackedInitially: boolean;
  readonly isDefaultOn: boolean;
  readonly recipients: ComposeRecipients | undefined;
  readonly ownEmailAddress: string | undefined;
}): TrackingDisplay {
  const { mark } = options;
  if (mark === undefined) return { isTracked: options.isTrackedInitially, isByDefault: false };
  if (mark.choice !== undefined) return { isTracked: mark.choice === "on", isByDefault: false };
  if (!options.isDefaultOn) return { isTracked: mark.trackId !== undefined, isByDefault: false };
  const all = [...(options.recipients?.to ?? []), ...(options.recipients?.cc ?? [])];
  const external = countRecipients(all, options.ownEmailAddress).external ?? 0;
  const hasExternal = external > 0;
  return { isTracked: hasExternal, isByDefault: hasExternal };
}
