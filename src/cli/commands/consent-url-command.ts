// `tempo consent-url`: prints the link an admin opens to grant tenant-wide consent for every scope Tempo asks for.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../../scripts/manifest/shared-dir";
import { buildAdminConsentUrl } from "../../core/consent/admin-consent-url";
import { deriveAllScopes } from "../../core/consent/derive-scopes";
import { authRedirectPath } from "../../core/deployment/app-registration";
import { parseClientId, parseTenant } from "../../core/deployment/deployment-inputs";
import { describeError, findMissing, parseFlags } from "./parse-flags";
import type { CliCommand, CliStreams } from "../cli-command";

const authorityOrigin = "https://login.microsoftonline.com";

const usage = `Usage: tempo consent-url --tenant <tenant-id-or-domain> [options]

Prints the tenant-wide admin consent URL for every Microsoft Graph scope Tempo may ask for.
Open it signed in as a Cloud Application Administrator, Application Administrator, Privileged Role
Administrator or Global Administrator of that tenant.

Options:
  --tenant <id|domain>    directory (tenant) ID or verified domain, e.g. contoso.onmicrosoft.com
  --client-id <guid>      the app registration's Application (client) ID (default: from --manifest)
  --redirect-uri <url>    where Entra ID returns afterwards; a registered SPA redirect URI
                          (default: <manifest origin>${authRedirectPath})
  --manifest <file>       manifest.xml to read the defaults from (default: the development manifest.xml;
                          pass the one \`tempo manifest\` wrote for your deployment)
  --json                  print {url, tenant, clientId, redirectUri, scopes, sources} as JSON
Exit 0 printed, 1 unreadable manifest, 2 bad usage.
`;

interface ManifestDefaults {
  readonly clientId: string | undefined;
  readonly origin: string | undefined;
}

/** The WebApplicationInfo Id and the origin of the first page URL of a manifest, e.g. https://addin.contoso.com. */
function readManifestDefaults(xml: string): ManifestDefaults {
  const info = /<WebApplicationInfo>[\s\S]*?<Id>([^<]*)<\/Id>/.exec(xml)?.[1]?.trim();
  const pageUrl = /<SourceLocation\s+DefaultValue="(https:\/\/[^"]+)"/.exec(xml)?.[1];
  return { clientId: info, origin: pageUrl === undefined ? undefined : new URL(pageUrl).origin };
}

function fail(streams: CliStreams, code: 1 | 2, message: string): number {
  streams.stderr.write(
    `tempo consent-url: ${message}${code === 2 ? " (see tempo consent-url --help)" : ""}\n`,
  );
  return code;
}

function isAcceptableRedirect(input: string): boolean {
  if (!URL.canParse(input)) return false;
  const url = new URL(input);
  const isLocal = url.protocol === "http:" && url.hostname === "localhost";
  return url.protocol === "https:" || isLocal;
}

function printConsentUrl(args: readonly string[], streams: CliStreams): number {
  if (args.includes("--help") || args.includes("-h")) {
    streams.stdout.write(usage);
    return 0;
  }
  const flags = parseFlags(args, {
    values: ["--tenant", "--client-id", "--redirect-uri", "--manifest"],
    switches: ["--json"],
  });
  if (!flags.ok) return fail(streams, 2, flags.error.message);
  const { values } = flags.value;
  if (findMissing(flags.value, ["--tenant"]).length > 0)
    return fail(streams, 2, "--tenant is required");
  const tenant = parseTenant(values["--tenant"] ?? "");
  if (!tenant.ok) return fail(streams, 2, tenant.error.message);
  const redirectOption = values["--redirect-uri"];
  if (redirectOption !== undefined && !isAcceptableRedirect(redirectOption))
    return fail(streams, 2, `--redirect-uri "${redirectOption}" must be an absolute https URL`);
  const clientOption =
    values["--client-id"] === undefined ? undefined : parseClientId(values["--client-id"]);
  if (clientOption && !clientOption.ok) return fail(streams, 2, clientOption.error.message);

  const manifestPath = path.resolve(values["--manifest"] ?? path.join(repoRoot, "manifest.xml"));
  const needsManifest = clientOption === undefined || redirectOption === undefined;
  let defaults: ManifestDefaults = { clientId: undefined, origin: undefined };
  if (needsManifest) {
    try {
      defaults = readManifestDefaults(readFileSync(manifestPath, "utf8"));
    } catch (error: unknown) {
      const reason = describeError(error);
      return fail(
        streams,
        1,
        `cannot read ${manifestPath} for the defaults (${reason}); pass --client-id and --redirect-uri`,
      );
    }
  }
  const clientId = clientOption?.value ?? defaults.clientId;
  const redirectUri =
    redirectOption ?? (defaults.origin && `${defaults.origin}${authRedirectPath}`);
  if (clientId === undefined || redirectUri === undefined)
    return fail(
      streams,
      1,
      `${manifestPath} has no WebApplicationInfo Id or page URL; pass --client-id and --redirect-uri`,
    );

  const scopes = deriveAllScopes();
  const url = buildAdminConsentUrl({
    authorityOrigin,
    tenant: tenant.value,
    clientId,
    scopes,
    redirectUri,
  });
  const sources = {
    clientId: clientOption ? "--client-id" : manifestPath,
    redirectUri: redirectOption === undefined ? manifestPath : "--redirect-uri",
  };
  if (flags.value.switches.has("--json")) {
    streams.stdout.write(
      `${JSON.stringify({ url, tenant: tenant.value, clientId, redirectUri, scopes, sources }, null, 2)}\n`,
    );
    return 0;
  }
  const isDevelopment = /\/\/localhost[:/]/.test(redirectUri);
  const lines = [
    `Admin consent for Tempo in ${tenant.value}: open this link as a Cloud Application Administrator (or higher).`,
    url,
    "",
    `client id     ${clientId}  (${sources.clientId})`,
    `redirect uri  ${redirectUri}  (${sources.redirectUri})`,
    `scopes        ${scopes.join(" ")}`,
    ...(isDevelopment
      ? [
          "note: these are the development manifest's values; for a deployment pass --client-id and --redirect-uri, or --manifest <the manifest tempo manifest wrote>.",
        ]
      : []),
  ];
  streams.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

export const consentUrlCommand: CliCommand = {
  summary: "Print the tenant-wide admin consent URL for Tempo's Graph scopes.",
  run: (args, streams) => Promise.resolve(printConsentUrl(args, streams)),
};
