// The compose pane: mark this email for tracking, see who it goes to, and the send-later and availability tools.
import { AvailabilitySection } from "./availability-section";
import { SendLaterSection } from "./send-later-section";
import { TrackingSection } from "./tracking-section";

export interface ComposePaneProps {
  /** Whether tracking starts on; settings' "track by default" will feed this. */
  readonly isTrackedInitially?: boolean;
}

/** Each section is its own file, owned by its feature. */
export function ComposePane({ isTrackedInitially = false }: ComposePaneProps) {
  return (
    <>
      <TrackingSection isTrackedInitially={isTrackedInitially} />
      <SendLaterSection />
      <AvailabilitySection />
    </>
  );
}
