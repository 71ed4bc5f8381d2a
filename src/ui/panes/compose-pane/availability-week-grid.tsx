// The week-grid picture of the offered times: days across, times down; chosen times highlighted and toggled by click or keyboard.
import { makeStyles, tokens, ToggleButton } from "@fluentui/react-components";
import { GridCellState, middayUtc, type WeekGrid } from "@/core/availability/week-grid";
import type { TimeRange } from "@/core/time/time-range";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingVerticalXXS,
    textAlign: "center",
  },
  rowHeader: {
    fontSize: tokens.fontSizeBase200,
    paddingRight: tokens.spacingHorizontalXS,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  cell: { padding: "1px", textAlign: "center" },
  toggle: { minWidth: "0", width: "100%", paddingLeft: "0", paddingRight: "0" },
});

export interface AvailabilityWeekGridProps {
  readonly grid: WeekGrid;
  /** The rep's zone: the picture matches their calendar. */
  readonly timeZone: string;
  readonly locale: string;
  readonly onToggle: (slot: TimeRange) => void;
}

export function AvailabilityWeekGrid({
  grid,
  timeZone,
  locale,
  onToggle,
}: AvailabilityWeekGridProps) {
  const styles = useStyles();
  const dayLabel = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
  });
  const slotLabel = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  });
  return (
    <table className={styles.table} aria-label="Free times this week and next">
      <thead>
        <tr>
          <td />
          {grid.days.map((day) => (
            <th key={day.date} scope="col" className={styles.header}>
              {dayLabel.format(new Date(middayUtc(day.date, timeZone) ?? day.date))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, rowIndex) => (
          <tr key={row}>
            <th scope="row" className={styles.rowHeader}>
              {row}
            </th>
            {grid.days.map((day) => {
              const cell = day.cells[rowIndex];
              const slot = cell?.slot;
              if (cell === undefined || slot === undefined || cell.state === GridCellState.none)
                return <td key={day.date} className={styles.cell} />;
              const isChosen = cell.state === GridCellState.chosen;
              return (
                <td key={day.date} className={styles.cell}>
                  <ToggleButton
                    size="small"
                    className={styles.toggle}
                    checked={isChosen}
                    appearance={isChosen ? "primary" : "subtle"}
                    aria-label={slotLabel.format(new Date(slot.startUtc))}
                    onClick={() => onToggle(slot)}
                  >
                    {isChosen ? "✓" : "·"}
                  </ToggleButton>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
