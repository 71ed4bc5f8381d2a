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
import type { ClientProfile, HostEvent, InitContext, SmartAlertOptions } from "../protocol";
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
  auth: Pick<typeof Office.auth, "getAuthContext">;
}

export interface CreateOfficeOptions {
  /** Called once the profile is known and supports NestedAppAuth 1.1, before onReady resolves. */
  onNestedAppAuth?: (init: InitContext) => void;
  /** Tenant of the workbench identity, as Office.auth.getAuthContext reports it. */
  tenantId?: string;
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
function pickSmartAlertOptions(
  options: Office.SmartAlertsEventCompletedOptions | undefined,
): SmartAlertOptions {
  const picked: SmartAlertOptions = {};
  if (options?.cancelLabel !== undefined) picked.cancelLabel = options.cancelLabel;
  if (options?.commandId !== undefined) picked.commandId = options.commandId;
  if (options?.sendModeOverride !== undefined)
    picked.sendModeOverride = String(options.sendModeOverride);
  return picked;
}

function createActions(
  transport: ShimTransport,
  readProfile: () => ClientProfile | undefined,
): Pick<Office.Actions, "associate"> {
  const handlers = new Map<string, LaunchHandler>();
  const waiting: Array<Extract<HostEvent, { type: "launchEvent" }>> = [];
  const run = (event: Extract<HostEvent, { type: "launchEvent" }>, handler: LaunchHandler) => {
    const completed = (options?: Office.SmartAlertsEventCompletedOptions) => {
      // cancelLabel, commandId and sendModeOverride are Mailbox 1.14; older clients ignore them.
      const hasSmartAlertOptions = (readProfile()?.mailboxMinor ?? 0) >= 14;
      const params = {
        eventId: event.eventId,
        allowEvent: options?.allowEvent ?? true,
        ...(options?.errorMessage === undefined ? {} : { errorMessage: options.errorMessage }),
        ...(hasSmartAlertOptions ? pickSmartAlertOptions(options) : {}),
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

/** Office.auth.getAuthContext: the mailbox owner, only where NestedAppAuth 1.1 is supported. */
function createAuth(
  whenReady: () => Promise<InitContext>,
  tenantId: string,
): Pick<typeof Office.auth, "getAuthContext"> {
  return {
    async getAuthContext() {
      const init = await whenReady();
      if (!init.profile.nestedAppAuth) {
        const { code, name } = { code: 13012, name: "API not supported" };
        throw Object.assign(new Error("getAuthContext needs NestedAppAuth 1.1."), { code, name });
      }
      return {
        userObjectId: "",
        tenantId,
        userPrincipalName: init.userProfile.emailAddress,
        authorityType: "aad",
        authorityBaseUrl: "https://login.microsoftonline.com",
        loginHint: init.userProfile.emailAddress,
      };
    },
  };
}

/** Creates the Office object; it becomes ready once the host answers `init`. */
export function createOffice(
  transport: ShimTransport,
  options: CreateOfficeOptions = {},
): {
  office: ShimOffice;
  ready: Promise<ReadyInfo>;
} {
  let resolveInit: (init: InitContext) => void = () => undefined;
  const initContext = new Promise<InitContext>((resolve) => {
    resolveInit = resolve;
  });
  let currentProfile: ClientProfile | undefined;
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
    actions: createActions(transport, () => currentProfile),
    auth: createAuth(() => initContext, options.tenantId ?? ""),
  };
  const ready = transport.request("init", {}).then((init) => {
    office.context = buildContext(init, transport);
    currentProfile = init.profile;
    resolveInit(init);
    // The bridge must exist before the pane creates its MSAL client, i.e. before onReady resolves.
    if (isSetSupportedBy(init.profile, "NestedAppAuth", "1.1")) options.onNestedAppAuth?.(init);
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
