// A labelled list of term/value pairs (a description list), e.g. a message's sender and subject.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0 },
  term: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  description: { ...typographyStyles.body1, margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

export interface DetailsItem {
  readonly term: string;
  readonly description: string;
}

export function DetailsList({ items }: { readonly items: readonly DetailsItem[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {items.map((item) => (
        <div key={item.term}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.description}>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
