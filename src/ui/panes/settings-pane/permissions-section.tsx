// Settings' Permissions: every scope Tempo may ask for, why, which feature uses it, whether it is granted, and the admin-consent link.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { listPermissionRows, type PermissionRow } from "@/core/consent/permission-rows";
import { EmptyState } from "@/ui/components/empty-state";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function PermissionItem({ row }: { readonly row: PermissionRow }) {
  const styles = useStyles();
  const nameId = useId();
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <div className={styles.title}>
        <Body1 as="h3" id={nameId}>
          {row.scope}
        </Body1>
        <Badge appearance="tint" color={row.isGranted ? "success" : "informative"}>
          {row.isGranted ? "Granted" : "Not granted"}
        </Badge>
      </div>
      <Body1 as="p">{row.plainLanguage}</Body1>
      <Caption1 as="p">Used by: {row.featureLabels.join(", ")}</Caption1>
      {row.requiresAdminConsent ? (
        <Caption1 as="p">Needs your admin&apos;s consent in work accounts.</Caption1>
      ) : null}
    </li>
  );
}

type CopyState = "idle" | "copied" | "failed";

function AdminConsentLink({ url }: { readonly url: string }) {
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const copy = () => {
    // Clipboard access can be denied inside Outlook's frame; the field stays selectable then.
    navigator.clipboard.writeText(url).then(
      () => setCopyState("copied"),
      () => setCopyState("failed"),
    );
  };
  const hints: Record<CopyState, string> = {
    idle: "An admin opens this link to approve every permission for the whole organization.",
    copied: "Copied.",
    failed: "Could not copy: select the link and copy it.",
  };
  return (
    <Field label="Admin consent link" hint={hints[copyState]}>
      <Input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <Button onClick={copy}>Copy admin consent link</Button>
    </Field>
  );
}

export interface PermissionsSectionProps {
  readonly isSignedIn: boolean;
  readonly grantedScopes: readonly string[];
  readonly adminConsentUrl: string | undefined;
}

export function PermissionsSection(props: PermissionsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const rows = listPermissionRows(props.isSignedIn ? props.grantedScopes : []);
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Permissions
      </Subtitle2>
      {props.isSignedIn ? (
        <Caption1 as="p">
          Tempo asks for each permission the first time you use the feature that needs it.
        </Caption1>
      ) : (
        <EmptyState title="Sign in to see what Tempo may do">
          Each permission, why Tempo needs it and whether it is granted is listed below.
        </EmptyState>
      )}
      <ul className={styles.list} aria-label="Tempo permissions">
        {rows.map((row) => (
          <PermissionItem key={row.scope} row={row} />
        ))}
      </ul>
      {props.adminConsentUrl === undefined ? null : (
        <AdminConsentLink url={props.adminConsentUrl} />
      )}
    </section>
  );
}
