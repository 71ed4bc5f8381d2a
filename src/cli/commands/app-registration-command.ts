// `tempo app-registration`: prints the Entra ID application Tempo needs (Graph `application` JSON) and the az commands that create it.
import {
  buildAppRegistration,
  listAppRegistrationSteps,
} from "../../core/deployment/app-registration";
import { parseBaseUrl } from "../../core/deployment/deployment-inputs";
import { listDeploymentScopes } from "../../core/deployment/deployment-scopes";
import { findMissing, parseFlags } from "./parse-flags";
import type { CliCommand, CliStreams } from "../cli-command";

const appFile = "tempo-app.json";

const usage = `Usage: tempo app-registration --base-url https://<host> [--name Tempo] [--json]

Prints the Entra ID app registration Tempo needs for the origin that serves it: a multi-tenant SPA
with the nested-app-authentication redirect (brk-multihub://<host>) and ${"<base-url>"}/auth-dialog.html,
and exactly Tempo's delegated Microsoft Graph permissions.

Without --json the application JSON goes to stdout and the steps to stderr, so
  npm run --silent tempo -- app-registration --base-url https://addin.contoso.com > ${appFile}
saves a file the first step can POST. With --json stdout holds {application, steps}.
Exit 0 printed, 2 bad usage.
`;

function fail(streams: CliStreams, message: string): number {
  streams.stderr.write(`tempo app-registration: ${message} (see tempo app-registration --help)\n`);
  return 2;
}

function printAppRegistration(args: readonly string[], streams: CliStreams): number {
  if (args.includes("--help") || args.includes("-h")) {
    streams.stdout.write(usage);
    return 0;
  }
  const flags = parseFlags(args, { values: ["--base-url", "--name"], switches: ["--json"] });
  if (!flags.ok) return fail(streams, flags.error.message);
  if (findMissing(flags.value, ["--base-url"]).length > 0)
    return fail(streams, "--base-url is required");
  const deployment = parseBaseUrl(flags.value.values["--base-url"] ?? "");
  if (!deployment.ok) return fail(streams, deployment.error.message);
  const displayName = (flags.value.values["--name"] ?? "Tempo").trim();
  if (displayName === "" || displayName.length > 120)
    return fail(streams, "--name must be 1 to 120 characters");

  const application = buildAppRegistration({
    deployment: deployment.value,
    displayName,
    scopes: listDeploymentScopes(),
  });
  const steps = listAppRegistrationSteps({ deployment: deployment.value, appFile });
  if (flags.value.switches.has("--json")) {
    streams.stdout.write(`${JSON.stringify({ application, steps }, null, 2)}\n`);
    return 0;
  }
  streams.stdout.write(`${JSON.stringify(application, null, 2)}\n`);
  const guide = [
    "",
    `Save the JSON above as ${appFile}, then, signed in with \`az login\` as an Application Administrator:`,
    ...steps.flatMap((step, index) => [`  ${index + 1}. ${step.purpose}`, `     ${step.command}`]),
    "",
  ];
  streams.stderr.write(guide.join("\n"));
  return 0;
}

export const appRegistrationCommand: CliCommand = {
  summary: "Print the Entra ID app registration JSON and the az commands that create it.",
  run: (args, streams) => Promise.resolve(printAppRegistration(args, streams)),
};
