// The simulated client's profile: Mailbox requirement set, NAA support, platform and theme.
import { Dropdown, Field, makeStyles, Option, Switch, tokens } from "@fluentui/react-components";
import { maxMailboxMinor } from "../client-profile";
import { useHostServices, useHostState } from "../host-context";
import type { ClientProfile, Platform, ThemeName } from "../protocol";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  dropdown: { minWidth: "120px" },
});

const versions = Array.from({ length: maxMailboxMinor }, (_unused, index) => `1.${index + 1}`);
const platforms: Platform[] = ["OfficeOnline", "PC", "Mac"];
const themes: ThemeName[] = ["light", "dark"];

export function ProfilePanel() {
  const styles = useStyles();
  const { actions } = useHostServices();
  const { profile } = useHostState();
  const change = (patch: Partial<ClientProfile>) => actions.setProfile({ ...profile, ...patch });
  return (
    <section aria-label="Client profile" className={styles.panel}>
      <Field label="Mailbox requirement set">
        <Dropdown
          className={styles.dropdown}
          value={`1.${profile.mailboxMinor}`}
          selectedOptions={[`1.${profile.mailboxMinor}`]}
          onOptionSelect={(_event, data) =>
            change({ mailboxMinor: Number((data.optionValue ?? "1.15").split(".")[1]) })
          }
        >
          {versions.map((version) => (
            <Option key={version} value={version}>
              {version}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Platform">
        <Dropdown
          className={styles.dropdown}
          value={profile.platform}
          selectedOptions={[profile.platform]}
          onOptionSelect={(_event, data) =>
            change({ platform: (data.optionValue ?? "OfficeOnline") as Platform })
          }
        >
          {platforms.map((platform) => (
            <Option key={platform}>{platform}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Theme">
        <Dropdown
          className={styles.dropdown}
          value={profile.theme}
          selectedOptions={[profile.theme]}
          onOptionSelect={(_event, data) =>
            change({ theme: (data.optionValue ?? "light") as ThemeName })
          }
        >
          {themes.map((theme) => (
            <Option key={theme}>{theme}</Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label="NestedAppAuth 1.1"
        checked={profile.nestedAppAuth}
        onChange={(_event, data) => change({ nestedAppAuth: data.checked })}
      />
    </section>
  );
}
