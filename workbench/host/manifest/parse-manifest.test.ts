/** @jest-environment jsdom */
// The ribbon the workbench shows is the one Outlook would build from the repository's manifest.xml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseManifest } from "./parse-manifest";

const manifestXml = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
const origins = { manifestOrigin: "https://localhost:3000", panesOrigin: "http://localhost:3000" };

describe("parseManifest on manifest.xml", () => {
  const manifest = parseManifest(manifestXml, origins);

  it("lists the read surface's buttons with labels, tooltips, icons and pinning", () => {
    expect(manifest.readButtons.map((button) => button.label)).toStrictEqual([
      "Tempo",
      "Dashboard",
      "Settings",
    ]);
    expect(manifest.readButtons[0]).toStrictEqual({
      id: "Tempo.ReadButton",
      label: "Tempo",
      tooltip: expect.stringContaining("who replied") as unknown as string,
      iconUrl: "http://localhost:3000/assets/icon-16.png",
      action: { kind: "taskpane", url: "http://localhost:3000/read.html", supportsPinning: true },
    });
    expect(manifest.readButtons[1]?.action).toStrictEqual({
      kind: "taskpane",
      url: "http://localhost:3000/dashboard.html",
      supportsPinning: false,
    });
  });

  it("lists the compose surface's buttons", () => {
    const actions = manifest.composeButtons.map((button) => [
      button.label,
      button.action.kind === "taskpane" ? button.action.url : "",
    ]);
    expect(actions).toStrictEqual([
      ["Tempo", "http://localhost:3000/compose.html"],
      ["Settings", "http://localhost:3000/settings.html"],
    ]);
  });

  it("finds the launch events and the HTML runtime that handles them", () => {
    expect(manifest.launchEvents).toStrictEqual([
      { type: "OnNewMessageCompose", functionName: "onNewMessageCompose" },
      { type: "OnMessageSend", functionName: "onMessageSend", sendMode: "PromptUser" },
    ]);
    expect(manifest.eventRuntimeUrl).toBe("http://localhost:3000/commands.html");
  });
});

describe("parseManifest on broken input", () => {
  it("rejects XML that is not well-formed", () => {
    expect(() => parseManifest("<OfficeApp><VersionOverrides>", origins)).toThrow(
      "not well-formed",
    );
  });

  it("gives an empty ribbon for a manifest without VersionOverrides", () => {
    expect(
      parseManifest(
        '<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"/>',
        origins,
      ),
    ).toStrictEqual({
      readButtons: [],
      composeButtons: [],
      launchEvents: [],
      eventRuntimeUrl: undefined,
    });
  });
});
