// The loaded part of "Insert availability": the week grid of free times, the choices, and Insert (lazy-loaded with DOMPurify).
import { Body1, Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { buildWeekGrid } from "@/core/availability/week-grid";
import { ErrorMessage } from "@/ui/components/error-message";
import { AvailabilityOptions, type AvailabilityChoices } from "./availability-options";
import { useAvailability, type AvailabilityEnvironment } from "./availability-controller";
import { AvailabilityWeekGrid } from "./availability-week-grid";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AvailabilityPanelProps {
  readonly environment: AvailabilityEnvironment;
  readonly initialChoices: AvailabilityChoices;
  readonly heldFor: string;
}

export default function AvailabilityPanel({
  environment,
  initialChoices,
  heldFor,
}: AvailabilityPanelProps) {
  const styles = useStyles();
  const [choices, setChoices] = useState(initialChoices);
  const { state, chosen, toggle, insert } = useAvailability(environment, choices, heldFor);
  const isReady = state.status === "ready" || state.status === "inserting";
  const readySlots = isReady ? state.slots : undefined;
  const slots = useMemo(() => readySlots ?? [], [readySlots]);
  const repTimeZone = isReady ? state.repTimeZone : choices.prospectTimeZone;
  const grid = useMemo(
    () => buildWeekGrid({ slots, chosenStartsUtc: chosen, timeZone: repTimeZone }),
    [slots, chosen, repTimeZone],
  );

  if (state.status === "loading") return <Spinner size="tiny" label="Reading your calendar…" />;
  if (state.status === "failed") return <ErrorMessage error={state.error} />;
  if (state.status === "inserted")
    return (
      <div role="status">
        <Body1 as="p">{state.summary}</Body1>
      </div>
    );
  const count = slots.filter((slot) => chosen.has(slot.startUtc)).length;
  return (
    <div className={styles.panel}>
      {slots.length === 0 ? (
        <Body1 as="p">No free times in your working hours over the next two weeks.</Body1>
      ) : null}
      {grid.ok && slots.length > 0 ? (
        <AvailabilityWeekGrid
          grid={grid.value}
          timeZone={repTimeZone}
          locale={choices.locale}
          onToggle={toggle}
        />
      ) : null}
      <AvailabilityOptions choices={choices} repTimeZone={repTimeZone} onChange={setChoices} />
      <Button
        appearance="primary"
        disabled={count === 0 || state.status === "inserting"}
        onClick={insert}
      >
        {state.status === "inserting" ? "Inserting…" : `Insert ${count} times`}
      </Button>
    </div>
  );
}
