import type * as MockServer from "oauth2-mock-server";
import type * as Jose from "jose";
function load<T>(s: string): T {
  const { createRequire } = process.getBuiltinModule("node:module");
  return createRequire(__filename)(s) as T;
}
it("loads", async () => {
  const m = load<typeof MockServer>("oauth2-mock-server");
  const j = load<typeof Jose>("jose");
  expect(typeof m.OAuth2Issuer).toBe("function");
  const iss = new m.OAuth2Issuer();
  await iss.keys.generate("RS256");
  iss.url = "https://x/y";
  const t = await iss.buildToken({ scopesOrTransform: (_h, p) => { p.aud = "a"; } });
  const jwks = j.createLocalJWKSet({ keys: iss.keys.toJSON() });
  const r = await j.jwtVerify(t, jwks, { issuer: "https://x/y", audience: ["a"] });
  expect(r.payload.aud).toBe("a");
  const remote = j.createRemoteJWKSet(new URL("https://localhost:1/keys"));
  expect(typeof remote).toBe("function");
});
