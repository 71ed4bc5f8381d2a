// Compose pane section: insert the rep's free times into the message.
import { FeatureCard } from "@/ui/components/feature-card";

export function AvailabilitySection() {
  return (
    <FeatureCard
      title="Insert availability"
      description="Insert your free times from your calendar into the message, in the recipient's time zone."
      actionLabel="Insert free times"
    />
  );
}
