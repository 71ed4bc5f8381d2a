// Settings' About: Tempo's version and what the Outlook client reports about itself.
import { Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import { DetailsList } from "@/ui/components/details-list";
import { buildConfig } from "@/ui/build-config";
import { knownMailboxVersions, useHostInfo } from "@/ui/hooks/use-host-info";

/** e.g. ["1.1", …, "1.13"] gives "Mailbox 1.1–1.13"; a gap falls back to a list. */
export function formatMailboxVersions(versions: readonly string[]): string {
  const first = versions[0];
  const last = versions[versions.length - 1];
  if (first === undefined || last === undefined) {
    return "none reported";
  }
  const isContiguousFromStart = versions.every(
    (version, index) => version === knownMailboxVersions[index],
  );
  return isContiguousFromStart ? `Mailbox ${first}–${last}` : `Mailbox ${versions.join(", ")}`;
}

export function AboutSection() {
  const headingId = useId();
  const hostInfo = useHostInfo();
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        About
      </Subtitle2>
      <DetailsList
        items={[
          { term: "Tempo version", description: buildConfig.version },
          {
            term: "Outlook",
            description: hostInfo
              ? `${hostInfo.host} on ${hostInfo.platform}, version ${hostInfo.version}`
              : "Not running inside Outlook",
          },
          {
            term: "Supported requirement sets",
            description: hostInfo
              ? formatMailboxVersions(hostInfo.supportedMailboxVersions)
              : "none reported",
          },
        ]}
      />
    </section>
  );
}
