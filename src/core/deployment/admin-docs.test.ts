// Keeps docs/admin.md in step with src/core/consent: the permissions table is the generated one, and every scope is named.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deriveAllScopes } from "../consent/derive-scopes";
import { GraphScope } from "../consent/graph-scopes";
import { listDeploymentScopes } from "./deployment-scopes";
import { formatPermissionTable } from "./permission-table";

const adminDoc = readFileSync(path.resolve(__dirname, "../../../docs/admin.md"), "utf8");
const privacyDoc = readFileSync(path.resolve(__dirname, "../../../docs/privacy.md"), "utf8");

describe("docs/admin.md", () => {
  it("holds the permissions table generated from src/core/consent (paste formatPermissionTable() if this fails)", () => {
    const between =
      /<!-- permissions-table:start[^>]*-->\n([\s\S]*?)\n<!-- permissions-table:end -->/.exec(
        adminDoc,
      )?.[1];
    expect(between).toBe(formatPermissionTable());
  });

  it.each(Object.values(GraphScope))("names %s", (scope) => {
    expect(adminDoc).toContain(`\`${scope}\``);
  });

  it.each([...listDeploymentScopes(), "Mail.Read.Shared", "Mail.Send.Shared"])(
    "explains %s",
    (scope) => {
      expect(adminDoc).toContain(`\`${scope}\``);
    },
  );

  it("gives a table row, with its features, to every scope Tempo requests", () => {
    for (const scope of deriveAllScopes())
      expect(adminDoc).toMatch(
        new RegExp(`^\\| \`${scope.replace(".", "\\.")}\` \\| .+ \\| .+ \\|`, "m"),
      );
  });

  it.each(["65001", "50105", "700016", "50011", "90002", "9002325", "530003", "53003"])(
    "troubleshoots AADSTS%s",
    (code) => {
      expect(adminDoc).toMatch(new RegExp(`AADSTS[0-9 /]*${code}`));
    },
  );

  it.each([
    "Integrated apps",
    "New-OrganizationAddIn",
    "New-App -OrganizationApp",
    "24 hours",
    "brk-multihub://",
    "adminconsent",
    "approved client app",
    "microsoft-officeaddins-allowed.json",
    "roaming settings",
    "extended property",
  ])("covers %s", (topic) => {
    expect(adminDoc.toLowerCase()).toContain(topic.toLowerCase());
  });
});

describe("docs/privacy.md", () => {
  it.each([
    "no Tempo server",
    "extended property",
    "roaming settings",
    "MSAL",
    "browser → Microsoft",
  ])("says %s", (topic) => {
    expect(privacyDoc.toLowerCase()).toContain(topic.toLowerCase());
  });
});
