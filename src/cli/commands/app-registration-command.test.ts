// `tempo app-registration`: the application JSON on stdout (redirectable to a file), the az steps on stderr, --json, bad arguments.
import {
  buildAppRegistration,
  listAppRegistrationSteps,
} from "../../core/deployment/app-registration";
import { listDeploymentScopes } from "../../core/deployment/deployment-scopes";
import { appRegistrationCommand } from "./app-registration-command";

const deployment = { origin: "https://addin.contoso.com", host: "addin.contoso.com" };

async function runAppRegistration(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await appRegistrationCommand.run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe("tempo app-registration", () => {
  it("prints only the application JSON on stdout and the az steps on stderr", async () => {
    const result = await runAppRegistration([
      "--base-url",
      "https://addin.contoso.com",
      "--name",
      "Tempo (Contoso)",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual(
      buildAppRegistration({
        deployment,
        displayName: "Tempo (Contoso)",
        scopes: listDeploymentScopes(),
      }),
    );
    expect(result.stderr).toContain(
      "az rest --method POST --uri https://graph.microsoft.com/v1.0/applications",
    );
    expect(result.stderr).toContain("az ad sp create --id <appId>");
  });

  it("prints {application, steps} with --json, named Tempo by default", async () => {
    const result = await runAppRegistration(["--base-url", "https://addin.contoso.com/", "--json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toStrictEqual({
      application: buildAppRegistration({
        deployment,
        displayName: "Tempo",
        scopes: listDeploymentScopes(),
      }),
      steps: listAppRegistrationSteps({ deployment, appFile: "tempo-app.json" }),
    });
  });

  it.each([
    ["no --base-url", [], /--base-url is required/],
    ["an http origin", ["--base-url", "http://addin.contoso.com"], /must use https/],
    [
      "a trailing path",
      ["--base-url", "https://addin.contoso.com/tempo/"],
      /must be an origin only/,
    ],
    [
      "an empty name",
      ["--base-url", "https://addin.contoso.com", "--name", " "],
      /--name must be 1 to 120 characters/,
    ],
    [
      "an unknown option",
      ["--base-url", "https://addin.contoso.com", "--tenant", "x"],
      /unknown option "--tenant"/,
    ],
  ])("refuses %s with exit 2 and one stderr line", async (_case, args, message) => {
    const result = await runAppRegistration(args);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
