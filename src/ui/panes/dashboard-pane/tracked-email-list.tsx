// The tracked emails as a virtualized list: only the rows in view are in the DOM, so 1,000+ stay fast.
import { Badge, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { measureElement, observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import {
  describeFollowUp,
  describeRecipients,
  describeStatus,
  formatWhen,
  isFollowUpDue,
  type DateFormatOptions,
} from "./tracking-labels";
import type { TrackedEmail } from "@/core/tracking/tracked-email";

const estimatedRowPx = 84;
/** Before layout (a hidden pane, or a test DOM) the list assumes one pane-sized screen of rows. */
const fallbackRect = { width: 320, height: 560 };

const useStyles = makeStyles({
  scroller: {
    maxHeight: "60vh",
    minHeight: "120px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%" },
  row: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface TrackedEmailListProps extends DateFormatOptions {
  readonly emails: readonly TrackedEmail[];
  readonly selectedId: string | undefined;
  readonly onSelect: (email: TrackedEmail) => void;
  readonly now: Date;
}

function TrackedEmailRow(props: {
  readonly email: TrackedEmail;
  readonly isSelected: boolean;
  readonly onSelect: (email: TrackedEmail) => void;
  readonly now: Date;
  readonly dates: DateFormatOptions;
}) {
  const styles = useStyles();
  const { email, now, dates } = props;
  const status = describeStatus(email.status);
  const followUp = describeFollowUp(email.followUp, now, dates);
  const when = formatWhen(email.lastEngagementAt ?? email.sentDateTime, dates);
  return (
    <button
      type="button"
      className={props.isSelected ? `${styles.row} ${styles.selected}` : styles.row}
      aria-current={props.isSelected ? "true" : undefined}
      onClick={() => props.onSelect(email)}
    >
      <Body1Strong className={styles.ellipsis}>{email.subject || "(no subject)"}</Body1Strong>
      <Caption1 className={styles.ellipsis}>
        {describeRecipients(email)}
        {when === "" ? "" : ` · ${when}`}
      </Caption1>
      <span className={styles.chips}>
        <Badge appearance="tint" color={status.color} shape="rounded">
          {status.label}
        </Badge>
        {email.isUnseen ? (
          <Badge appearance="filled" color="brand" shape="rounded">
            New
          </Badge>
        ) : null}
        {followUp === undefined ? null : (
          <Badge
            appearance={isFollowUpDue(email.followUp, now) ? "filled" : "outline"}
            color="important"
            shape="rounded"
          >
            {followUp}
          </Badge>
        )}
      </span>
    </button>
  );
}

export function TrackedEmailList(props: TrackedEmailListProps) {
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { emails } = props;
  // TanStack Virtual returns functions React Compiler cannot memoize; this component does not rely on it.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is the point of this list
  const virtualizer = useVirtualizer({
    count: emails.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => estimatedRowPx,
    overscan: 6,
    getItemKey: (index) => emails[index]?.messageId ?? index,
    initialRect: fallbackRect,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : fallbackRect)),
    measureElement: (element, entry, instance) => {
      const measured = measureElement(element, entry, instance);
      return measured > 0 ? measured : estimatedRowPx;
    },
  });
  const dates = { locale: props.locale, timeZone: props.timeZone };
  return (
    <div ref={scrollerRef} className={styles.scroller}>
      <ul
        className={styles.list}
        aria-label="Tracked emails"
        style={{ height: `${String(virtualizer.getTotalSize())}px` }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const email = emails[row.index];
          if (email === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={emails.length}
              aria-posinset={row.index + 1}
              className={styles.item}
              style={{ transform: `translateY(${String(row.start)}px)` }}
            >
              <TrackedEmailRow
                email={email}
                isSelected={email.messageId === props.selectedId}
                onSelect={props.onSelect}
                now={props.now}
                dates={dates}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
