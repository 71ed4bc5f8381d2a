// What an admin may type for a deployment: each row is an input and the normalized value or the refusal.
import {
  bumpPatchVersion,
  parseBaseUrl,
  parseClientId,
  parseManifestVersion,
  parseTenant,
} from "./deployment-inputs";

describe("parseBaseUrl", () => {
  it.each([
    ["https://addin.contoso.com", "https://addin.contoso.com", "addin.contoso.com"],
    ["https://addin.contoso.com/", "https://addin.contoso.com", "addin.contoso.com"],
    ["https://ADDIN.Contoso.com:8443", "https://addin.contoso.com:8443", "addin.contoso.com:8443"],
    ["https://addin.contoso.com:443/", "https://addin.contoso.com", "addin.contoso.com"],
  ])("accepts %s as origin %s", (input, origin, host) => {
    expect(parseBaseUrl(input)).toStrictEqual({ ok: true, value: { origin, host } });
  });

  it.each([
    ["http://addin.contoso.com", "must use https"],
    ["addin.contoso.com", "not an absolute URL"],
    ["https://addin.contoso.com/tempo", "origin only"],
    ["https://addin.contoso.com//", "origin only"],
    ["https://addin.contoso.com/?x=1", "origin only"],
    ["https://addin.contoso.com?", "origin only"],
    ["https://addin.contoso.com/#top", "origin only"],
    ["https://user:pw@addin.contoso.com", "user name or password"],
    ["", "not an absolute URL"],
  ])("refuses %p (%s)", (input, reason) => {
    const result = parseBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe("--base-url");
      expect(result.error.message).toContain(reason);
    }
  });
});

describe("parseClientId", () => {
  it("lower-cases a GUID", () => {
    expect(parseClientId("11111111-2222-3333-4444-55555555555A")).toStrictEqual({
      ok: true,
      value: "11111111-2222-3333-4444-55555555555a",
    });
  });

  it.each([
    "1111-2222",
    "{11111111-2222-3333-4444-555555555555}",
    "11111111-2222-3333-4444-5555555555550",
    "",
  ])("refuses %p", (input) => {
    expect(parseClientId(input).ok).toBe(false);
  });
});

describe("parseTenant", () => {
  it.each([
    ["contoso.onmicrosoft.com", "contoso.onmicrosoft.com"],
    ["Contoso.com", "contoso.com"],
    ["378087A5-27cb-47cf-87b5-62a739856475", "378087a5-27cb-47cf-87b5-62a739856475"],
    ["organizations", "organizations"],
  ])("accepts %s", (input, value) => {
    expect(parseTenant(input)).toStrictEqual({ ok: true, value });
  });

  it.each(["common", "consumers", "contoso", "https://contoso.com", "-bad-.com"])(
    "refuses %p",
    (input) => {
      expect(parseTenant(input).ok).toBe(false);
    },
  );
});

describe("manifest versions", () => {
  it("bumps the patch part and resets the fourth: 0.1.0.0 gives 0.1.1.0", () => {
    expect(bumpPatchVersion("0.1.0.0")).toStrictEqual({ ok: true, value: "0.1.1.0" });
    expect(bumpPatchVersion("1.2.3.4")).toStrictEqual({ ok: true, value: "1.2.4.0" });
  });

  it("refuses to bump a version that is not four parts", () => {
    expect(bumpPatchVersion("1.2").ok).toBe(false);
  });

  it.each(["1.2.3", "1.2.3.4.5", "1.2.3.x", "1.2.3.65536", "v1.2.3.4"])("refuses %p", (input) => {
    expect(parseManifestVersion(input).ok).toBe(false);
  });

  it("normalizes leading zeros: 01.2.3.4 gives 1.2.3.4", () => {
    expect(parseManifestVersion("01.2.3.4")).toStrictEqual({ ok: true, value: "1.2.3.4" });
  });
});
