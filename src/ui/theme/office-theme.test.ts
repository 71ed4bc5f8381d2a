import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { computeRelativeLuminance, pickThemeForOffice } from "./office-theme";

describe("pickThemeForOffice", () => {
  it.each([
    ["#ffffff", webLightTheme],
    ["#f3f2f1", webLightTheme],
    ["#1f1f1f", webDarkTheme],
    ["#292929", webDarkTheme],
    ["#000", webDarkTheme],
    ["not a colour", webLightTheme],
  ])("picks the right theme for body background %s", (bodyBackgroundColor, expected) => {
    expect(pickThemeForOffice({ bodyBackgroundColor, bodyForegroundColor: "#000000" })).toBe(
      expected,
    );
  });

  it("uses the light theme when Office reports no theme", () => {
    expect(pickThemeForOffice(undefined)).toBe(webLightTheme);
  });

  it("computes WCAG relative luminance", () => {
    expect(computeRelativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(computeRelativeLuminance("#000000")).toBe(0);
    expect(computeRelativeLuminance("#1f1f1f")).toBeCloseTo(0.0137, 3);
  });
});
