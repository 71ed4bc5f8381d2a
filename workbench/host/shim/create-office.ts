// Assembles the `Office` global a pane sees: enums, onReady/initialize, context and actions, over a host transport.
import { isSetSupportedBy } from "../client-profile";
import { createUi } from "./dialog-api";
import { createMailbox } from "./mailbox";
import {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  MailboxEnums,
  PlatformType,
} from "./office-enums";
import { createRoamingSettings } from "./roaming-settings";
import type { HostEvent, InitContext } from "../protocol";
import type { ShimTransport } from "./shim-transport";

type ReadyInfo = { host: Office.HostType; platform: Office.PlatformType };
type LaunchHandler = (event: Office.MailboxEvent) => void;

const themes = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
  },
} as const;

/** The parts of Office.Context the workbench implements. */
export type ShimContext = Pick<
  Office.Context,
  | "host"
  | "platform"
  | "diagnostics"
  | "displayLanguage"
  | "contentLanguage"
  | "officeTheme"
  | "requirements"
  | "roamingSettings"
> & { mailbox: ReturnType<typeof createMailbox>; ui: ReturnType<typeof createUi> };

export interface ShimOffice {
  HostType: typeof Office.HostType;
  PlatformType: typeof Office.PlatformType;
  CoercionType: typeof Office.CoercionType;
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  EventType: typeof Office.EventType;
  MailboxEnums: typeof MailboxEnums;
  context: ShimContext | undefined;
  initialize: ((reason: string) => void) | undefined;
  onReady: (callback?: (info: ReadyInfo) => unknown) => Promise<ReadyInfo>;
  actions: Pick<Office.Actions, "associate">;
}

function buildContext(init: InitContext, transport: ShimTransport): ShimContext {
  const platform = PlatformType[init.profile.platform];
  const isDark = init.profile.theme === "dark";
  return {
    host: HostType.Outlook,
    platform,
    diagnostics: { host: HostType.Outlook, platform, version: "16.0.18000.0" },
    displayLanguage: init.displayLanguage,
    contentLanguage: init.displayLanguage,
    officeTheme: {
      ...themes[init.profile.theme],
      isDarkTheme: isDark,
      themeId: (isDark ? 4 : 0) as Office.ThemeId,
    },
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) =>
        isSetSupportedBy(init.profile, name, minVersion),
    } satisfies Office.RequirementSetSupport,
    roamingSettings: createRoamingSettings(init.roamingSettings, transport),
    mailbox: createMailbox(init, transport),
    ui: createUi(transport),
  };
}

/** Runs launch events (OnNewMessageCompose, OnMessageSend) once the pane has associated their functions. */
function createActions(transport: ShimTransport): Pick<Office.Actions, "associate"> {
  const handlers = new Map<string, LaunchHandler>();
  const waiting: Array<Extract<HostEvent, { type: "launchEvent" }>> = [];
  const run = (event: Extract<HostEvent, { type: "launchEvent" }>, handler: LaunchHandler) => {
    const completed = (options?: { allowEvent?: boolean; errorMessage?: string }) => {
      const params = {
        eventId: event.eventId,
        allowEvent: options?.allowEvent ?? true,
        ...(options?.errorMessage === undefined ? {} : { errorMessage: options.errorMessage }),
      };
      transport
        .request("event.completed", params)
        .catch((error: unknown) => console.warn("workbench: event.completed failed", error));
    };
    handler({ completed, type: event.eventType } as Office.MailboxEvent);
  };
  transport.onEvent((event) => {
    if (event.type !== "launchEvent") return;
    const handler = handlers.get(event.functionName);
    if (handler === undefined) waiting.push(event);
    else run(event, handler);
  });
  return {
    associate(actionId: string, actionFunction: LaunchHandler) {
      handlers.set(actionId, actionFunction);
      waiting
        .filter((event) => event.functionName === actionId)
        .forEach((event) => run(event, actionFunction));
      waiting.splice(
        0,
        waiting.length,
        ...waiting.filter((event) => event.functionName !== actionId),
      );
    },
  };
}

/** Creates the Office object; it becomes ready once the host answers `init`. */
export function createOffice(transport: ShimTransport): {
  office: ShimOffice;
  ready: Promise<ReadyInfo>;
} {
  const office: ShimOffice = {
    HostType,
    PlatformType,
    CoercionType,
    AsyncResultStatus,
    EventType,
    MailboxEnums,
    context: undefined,
    initialize: undefined,
    onReady: () => ready,
    actions: createActions(transport),
  };
  const ready = transport.request("init", {}).then((init) => {
    office.context = buildContext(init, transport);
    const info: ReadyInfo = { host: HostType.Outlook, platform: office.context.platform };
    // Office calls initialize (if the pane set one) before resolving onReady; "inserted" is Office.InitializationReason.Inserted.
    office.initialize?.("inserted");
    return info;
  });
  office.onReady = (callback) =>
    ready.then((info) => {
      callback?.(info);
      return info;
    });
  return { office, ready };
}
