// Compose pane section: schedule this email for later, in the recipient's time zone.
import { FeatureCard } from "@/ui/components/feature-card";

export function SendLaterSection() {
  return (
    <FeatureCard
      title="Send later"
      description="Schedule this email to arrive at a time that suits the recipient, in their time zone."
      actionLabel="Choose a send time"
    />
  );
}
