// The development manifest declares exactly the scopes Tempo's features derive, as the production manifest does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listDeploymentScopes } from "../../src/core/deployment/deployment-scopes";

describe("manifest.xml WebApplicationInfo", () => {
  it("lists the sign-in scopes and every scope a feature derives, nothing more", () => {
    const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const scopes = [...xml.matchAll(/<Scope>([^<]+)<\/Scope>/g)].map((match) => match[1]);
    expect(scopes).toStrictEqual(listDeploymentScopes());
  });
});
