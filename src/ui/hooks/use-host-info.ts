// Describes the Outlook client Tempo runs in: host, platform, version and Mailbox requirement sets.
import { useMemo } from "react";
import { useOfficeContext } from "./use-office-context";

/** Mailbox 1.1 to 1.15, the sets Tempo knows how to use or fall back from. */
export const knownMailboxVersions: readonly string[] = Array.from(
  { length: 15 },
  (_, index) => `1.${index + 1}`,
);

export interface HostInfo {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly supportedMailboxVersions: readonly string[];
}

/** Undefined outside Office; otherwise what Office.context.diagnostics and isSetSupported report. */
export function useHostInfo(): HostInfo | undefined {
  const office = useOfficeContext();
  return useMemo(() => {
    const diagnostics = office?.context.diagnostics ?? undefined;
    if (!office || !diagnostics) {
      return undefined;
    }
    const supportedMailboxVersions = knownMailboxVersions.filter((version) =>
      office.context.requirements.isSetSupported("Mailbox", version),
    );
    return {
      host: String(diagnostics.host),
      platform: String(diagnostics.platform),
      version: diagnostics.version,
      supportedMailboxVersions,
    };
  }, [office]);
}
