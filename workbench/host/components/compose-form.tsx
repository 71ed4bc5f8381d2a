// The compose window: To, Cc, Subject and Body bound to the host's compose item, with Send and Discard.
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useHostServices, useHostState } from "../host-context";
import { htmlToText } from "../html-to-text";
import { formatAddressLine, parseAddressLine } from "../state/compose-state";
import { composeNotificationKey } from "../state/host-store";
import { InfoBars } from "./info-bars";
import { RibbonBar } from "./ribbon-bar";
import { useSyncedText } from "./use-synced-text";
import type { ComposeItemSnapshot, RecipientField } from "../protocol";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowY: "auto" },
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  body: { minHeight: "240px" },
});

function AddressField({
  compose,
  field,
  label,
}: {
  compose: ComposeItemSnapshot;
  field: RecipientField;
  label: string;
}) {
  const { actions } = useHostServices();
  const line = formatAddressLine(compose[field]);
  const [text, onChange] = useSyncedText(line, line, (typed) =>
    formatAddressLine(
      actions.editCompose({ op: "setRecipients", field, recipients: parseAddressLine(typed) })[
        field
      ],
    ),
  );
  return (
    <Field label={label}>
      <Input value={text} onChange={(_event, data) => onChange(data.value)} />
    </Field>
  );
}

function ComposeFields({ compose }: { compose: ComposeItemSnapshot }) {
  const { actions } = useHostServices();
  const [bodyText, onBodyChange] = useSyncedText(
    compose.bodyHtml,
    htmlToText(compose.bodyHtml),
    (typed) => actions.editCompose({ op: "setBody", data: typed, coercion: "text" }).bodyHtml,
  );
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <AddressField compose={compose} field="to" label="To" />
      <AddressField compose={compose} field="cc" label="Cc" />
      {compose.bcc.length > 0 && <AddressField compose={compose} field="bcc" label="Bcc" />}
      <Field label="Subject">
        <Input
          maxLength={255}
          value={compose.subject}
          onChange={(_event, data) =>
            actions.editCompose({ op: "setSubject", subject: data.value })
          }
        />
      </Field>
      <Field label="Body">
        <Textarea
          className={styles.body}
          resize="vertical"
          value={bodyText}
          onChange={(_event, data) => onBodyChange(data.value)}
        />
      </Field>
      {compose.delayDeliveryIso !== null && (
        <Caption1>Scheduled to send {new Date(compose.delayDeliveryIso).toLocaleString()}</Caption1>
      )}
    </div>
  );
}

export function ComposeForm() {
  const styles = useStyles();
  const { actions } = useHostServices();
  const { compose } = useHostState();
  if (compose === null) return null;
  return (
    <form
      className={styles.form}
      aria-label="New message"
      onSubmit={(event) => event.preventDefault()}
    >
      <RibbonBar surface="compose" />
      <InfoBars itemKey={composeNotificationKey} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            actions.sendCompose().catch(actions.reportError);
          }}
        >
          Send
        </Button>
        <Button onClick={() => actions.discardCompose()}>Discard</Button>
      </div>
      <ComposeFields compose={compose} />
    </form>
  );
}
