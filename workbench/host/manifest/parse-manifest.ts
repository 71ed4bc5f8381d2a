// Reads the add-in manifest the way Outlook does: ribbon buttons per surface, their strings and icons, and launch events.

export interface RibbonButton {
  id: string;
  label: string;
  tooltip: string;
  iconUrl: string | undefined;
  action:
    | { kind: "taskpane"; url: string; supportsPinning: boolean }
    | { kind: "function"; functionName: string };
}

export type SendMode = "PromptUser" | "SoftBlock" | "Block";

export interface LaunchEventEntry {
  type: string;
  functionName: string;
  /** OnMessageSend's SendMode; Outlook applies SoftBlock when it is absent (Smart Alerts docs). */
  sendMode?: SendMode;
}

const sendModes: readonly SendMode[] = ["PromptUser", "SoftBlock", "Block"];

export interface ParsedManifest {
  readButtons: RibbonButton[];
  composeButtons: RibbonButton[];
  launchEvents: LaunchEventEntry[];
  /** The page that runs launch events and function commands (its HTML runtime). */
  eventRuntimeUrl: string | undefined;
}

export interface ParseManifestOptions {
  /** The origin the manifest names (https://localhost:3000), rewritten to the origin the panes are served from. */
  manifestOrigin: string;
  panesOrigin: string;
}

const xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

function childrenNamed(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

function directChildren(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}

function xsiType(element: Element): string {
  return element.getAttributeNS(xsiNamespace, "type") ?? element.getAttribute("xsi:type") ?? "";
}

/** Outlook clients that understand VersionOverrides 1.1 use it; the 1.0 block is the older clients' fallback. */
function pickVersionOverrides(documentNode: Document): Element | undefined {
  const all = childrenNamed(documentNode, "VersionOverrides");
  return all.find((element) => xsiType(element).endsWith("V1_1")) ?? all[0];
}

function buildResourceTable(
  overrides: Element,
  kind: "Image" | "Url" | "String",
): Map<string, string> {
  const table = new Map<string, string>();
  const resources = directChildren(overrides, "Resources")[0];
  if (resources === undefined) return table;
  for (const element of childrenNamed(resources, kind)) {
    const id = element.getAttribute("id");
    if (id !== null) table.set(id, element.getAttribute("DefaultValue") ?? "");
  }
  return table;
}

function rewriteOrigin(url: string, options: ParseManifestOptions): string {
  return url.startsWith(options.manifestOrigin)
    ? options.panesOrigin + url.slice(options.manifestOrigin.length)
    : url;
}

interface Tables {
  images: Map<string, string>;
  urls: Map<string, string>;
  strings: Map<string, string>;
  options: ParseManifestOptions;
}

function readButton(control: Element, tables: Tables): RibbonButton | undefined {
  const lookup = (table: Map<string, string>, element: Element | undefined) =>
    table.get(element?.getAttribute("resid") ?? "") ?? "";
  const action = directChildren(control, "Action")[0];
  if (action === undefined) return undefined;
  const icons = childrenNamed(control, "Image");
  const icon = icons.find((image) => image.getAttribute("size") === "16") ?? icons[0];
  const iconUrl =
    icon === undefined ? undefined : rewriteOrigin(lookup(tables.images, icon), tables.options);
  const base = {
    id: control.getAttribute("id") ?? "",
    label: lookup(tables.strings, directChildren(control, "Label")[0]),
    tooltip: lookup(tables.strings, childrenNamed(control, "Description")[0]),
    iconUrl,
  };
  if (xsiType(action) === "ExecuteFunction") {
    return {
      ...base,
      action: {
        kind: "function",
        functionName: childrenNamed(action, "FunctionName")[0]?.textContent?.trim() ?? "",
      },
    };
  }
  const url = rewriteOrigin(
    lookup(tables.urls, childrenNamed(action, "SourceLocation")[0]),
    tables.options,
  );
  const supportsPinning =
    childrenNamed(action, "SupportsPinning")[0]?.textContent?.trim() === "true";
  return { ...base, action: { kind: "taskpane", url, supportsPinning } };
}

function readSurface(formFactor: Element, surface: string, tables: Tables): RibbonButton[] {
  const points = directChildren(formFactor, "ExtensionPoint").filter(
    (point) => xsiType(point) === surface,
  );
  // Menu controls hold their items as Item elements; Outlook shows them as a drop-down, the workbench flattens them.
  const controls = points.flatMap((point) => [
    ...childrenNamed(point, "Control"),
    ...childrenNamed(point, "Item"),
  ]);
  const isButtonLike = (control: Element) =>
    control.localName === "Item" || xsiType(control) === "Button";
  return controls.filter(isButtonLike).flatMap((control) => readButton(control, tables) ?? []);
}

export function parseManifest(xml: string, options: ParseManifestOptions): ParsedManifest {
  const documentNode = new DOMParser().parseFromString(xml, "application/xml");
  if (documentNode.getElementsByTagName("parsererror").length > 0)
    throw new Error("manifest.xml is not well-formed XML");
  const overrides = pickVersionOverrides(documentNode);
  const empty: ParsedManifest = {
    readButtons: [],
    composeButtons: [],
    launchEvents: [],
    eventRuntimeUrl: undefined,
  };
  if (overrides === undefined) return empty;
  const tables: Tables = {
    images: buildResourceTable(overrides, "Image"),
    urls: buildResourceTable(overrides, "Url"),
    strings: new Map([...buildResourceTable(overrides, "String")]),
    options,
  };
  const formFactor = childrenNamed(overrides, "DesktopFormFactor")[0];
  if (formFactor === undefined) return empty;
  const launchPoint = directChildren(formFactor, "ExtensionPoint").find(
    (point) => xsiType(point) === "LaunchEvent",
  );
  const launchEvents = childrenNamed(launchPoint ?? formFactor, "LaunchEvent").map((event) => {
    const sendMode = sendModes.find((mode) => mode === event.getAttribute("SendMode"));
    return {
      type: event.getAttribute("Type") ?? "",
      functionName: event.getAttribute("FunctionName") ?? "",
      ...(sendMode === undefined ? {} : { sendMode }),
    };
  });
  const runtimeResid = childrenNamed(overrides, "Runtime")[0]?.getAttribute("resid") ?? "";
  const functionFileResid =
    childrenNamed(formFactor, "FunctionFile")[0]?.getAttribute("resid") ?? "";
  const runtimeUrl = tables.urls.get(runtimeResid) ?? tables.urls.get(functionFileResid);
  return {
    readButtons: readSurface(formFactor, "MessageReadCommandSurface", tables),
    composeButtons: readSurface(formFactor, "MessageComposeCommandSurface", tables),
    launchEvents: launchPoint === undefined ? [] : launchEvents,
    eventRuntimeUrl: runtimeUrl === undefined ? undefined : rewriteOrigin(runtimeUrl, options),
  };
}
