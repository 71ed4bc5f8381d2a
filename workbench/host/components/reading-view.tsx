// The selected message: headers, info bars and the body rendered as text only (mail HTML is hostile).
import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useHostState } from "../host-context";
import { InfoBars } from "./info-bars";
import { RibbonBar } from "./ribbon-bar";
import type { Person } from "../protocol";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", minWidth: 0, overflow: "hidden", flexGrow: 1 },
  header: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  body: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalL,
    overflowY: "auto",
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
  },
  empty: { padding: tokens.spacingHorizontalL },
});

function formatPeople(people: Person[]): string {
  return people.map((person) => `${person.displayName} <${person.emailAddress}>`).join("; ");
}

export function ReadingView() {
  const styles = useStyles();
  const { selected } = useHostState();
  if (selected === null) return <p className={styles.empty}>Select a message to read it.</p>;
  return (
    <article className={styles.view} aria-label="Reading pane">
      <RibbonBar surface="read" />
      <InfoBars itemKey={selected.itemId} />
      <header className={styles.header}>
        <Subtitle1 as="h2">{selected.subject || "(no subject)"}</Subtitle1>
        <span>From: {formatPeople([selected.from])}</span>
        <span>To: {formatPeople(selected.to)}</span>
        {selected.cc.length > 0 && <span>Cc: {formatPeople(selected.cc)}</span>}
        <Caption1>{new Date(selected.dateTimeCreatedIso).toLocaleString()}</Caption1>
      </header>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a long body scrolls; WCAG 2.1.1 (axe scrollable-region-focusable) needs the scroll region itself focusable, as Outlook's reading pane is. */}
      <div className={styles.body} role="region" aria-label="Message body" tabIndex={0}>
        {selected.bodyText}
      </div>
    </article>
  );
}
