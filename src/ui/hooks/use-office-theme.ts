// Follows the Office theme: picks the Fluent theme from Office's colours and tracks OfficeThemeChanged.
import { useEffect, useState } from "react";
import { pickThemeForOffice } from "@/ui/theme/office-theme";
import { callOfficeAsync } from "./call-office-async";
import { useOfficeContext } from "./use-office-context";
import type { OfficeApi, OfficeThemeColors } from "./office-api";
import type { Theme } from "@fluentui/react-components";

function readOfficeTheme(office: OfficeApi | undefined): OfficeThemeColors | undefined {
  try {
    return office?.context.officeTheme ?? undefined;
  } catch {
    // Outlook before Mailbox 1.14 can throw on this getter; the light theme is the right fallback.
    return undefined;
  }
}

/** The Fluent theme matching Office now, updated when the user switches Office's theme. */
export function useOfficeTheme(): Theme {
  const office = useOfficeContext();
  const [colors, setColors] = useState(() => readOfficeTheme(office));
  const mailbox = office?.context.mailbox;
  const canListen = office?.context.requirements.isSetSupported("Mailbox", "1.14") ?? false;

  useEffect(() => {
    if (!office || !mailbox || !canListen) {
      return undefined;
    }
    const eventType = office.EventType.OfficeThemeChanged;
    const registration = callOfficeAsync<void>(office, (done) =>
      mailbox.addHandlerAsync(eventType, (args) => setColors(args.officeTheme), done),
    );
    // A theme listener that cannot be added only means the pane keeps its first theme.
    registration.catch(() => undefined);
    return () => {
      const removal = registration.then(() =>
        callOfficeAsync<void>(office, (done) => mailbox.removeHandlerAsync(eventType, done)),
      );
      removal.catch(() => undefined);
    };
  }, [office, mailbox, canListen]);

  return pickThemeForOffice(colors);
}
