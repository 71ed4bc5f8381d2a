// A hand-written fake of the Office.js slice the panes use, with switches for failures and events.
import type {
  EmailAddress,
  MailItemApi,
  OfficeApi,
  OfficeCallback,
  OfficeResult,
  OfficeThemeColors,
} from "@/ui/hooks/office-api";

const succeeded = "succeeded";
const failed = "failed";

export const lightOfficeTheme: OfficeThemeColors = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#242424",
};
export const darkOfficeTheme: OfficeThemeColors = {
  bodyBackgroundColor: "#1f1f1f",
  bodyForegroundColor: "#ffffff",
};

function succeed<T>(value: T): OfficeResult<T> {
  return { status: succeeded, value, error: null };
}

function fail(): OfficeResult<void> {
  return {
    status: failed,
    value: undefined,
    error: { code: 9002, name: "Internal Error", message: "An internal error has occurred." },
  };
}

function toDetails(emailAddress: string): EmailAddress {
  return { emailAddress, displayName: emailAddress.split("@")[0] ?? emailAddress };
}

/** Compares "1.10" and "1.9" as versions, not as strings. */
function isVersionAtMost(version: string, maxVersion: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [maxMajor = 0, maxMinor = 0] = maxVersion.split(".").map(Number);
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}

export interface ItemFake {
  readonly item: MailItemApi;
  /** The item's custom properties as the last `customProperties.saveAsync` stored them. */
  readonly savedCustomProperties: () => Record<string, unknown>;
  /** How many times `item.saveAsync` ran. */
  readonly itemSaveCount: () => number;
  /** Replaces the recipients and raises RecipientsChanged, as Outlook does while the user types. */
  readonly changeRecipients: (to: readonly string[], cc?: readonly string[]) => void;
}

/** A message being composed, with `to`/`cc` read through getAsync. */
export function createComposeItemFake(to: readonly string[], cc: readonly string[] = []): ItemFake {
  let current = { to, cc };
  let onRecipientsChanged: (() => void) | undefined;
  let saved: Record<string, unknown> = {};
  let itemSaves = 0;
  const loadCustomProperties = () => {
    const values: Record<string, unknown> = { ...saved };
    return {
      get: (name: string) => values[name],
      set: (name: string, value: string) => {
        values[name] = value;
      },
      remove: (name: string) => {
        delete values[name];
      },
      getAll: () => ({ ...values }),
      saveAsync: (callback: OfficeCallback<void>) => {
        saved = { ...values };
        callback(succeed(undefined));
      },
    };
  };
  const item: MailItemApi & {
    loadCustomPropertiesAsync(
      callback: OfficeCallback<ReturnType<typeof loadCustomProperties>>,
    ): void;
    saveAsync(callback: OfficeCallback<string>): void;
  } = {
    loadCustomPropertiesAsync: (callback) => callback(succeed(loadCustomProperties())),
    saveAsync: (callback) => {
      itemSaves += 1;
      callback(succeed("AAMkADraft="));
    },
    subject: { getAsync: (callback: OfficeCallback<string>) => callback(succeed("")) },
    to: { getAsync: (callback) => callback(succeed(current.to.map(toDetails))) },
    cc: { getAsync: (callback) => callback(succeed(current.cc.map(toDetails))) },
    addHandlerAsync: (_eventType, handler, callback) => {
      onRecipientsChanged = handler;
      callback(succeed(undefined));
    },
    removeHandlerAsync: (_eventType, callback) => {
      onRecipientsChanged = undefined;
      callback(succeed(undefined));
    },
  };
  const changeRecipients = (nextTo: readonly string[], nextCc: readonly string[] = []): void => {
    current = { to: nextTo, cc: nextCc };
    onRecipientsChanged?.();
  };
  return {
    item,
    changeRecipients,
    savedCustomProperties: () => ({ ...saved }),
    itemSaveCount: () => itemSaves,
  };
}

/** A received message in read mode. */
export function createReadItemFake(options: {
  readonly senderName: string;
  readonly senderEmailAddress: string;
  readonly subject: string;
}): MailItemApi {
  return {
    subject: options.subject,
    from: { ...toDetails(options.senderEmailAddress), displayName: options.senderName },
    to: [toDetails("alex.wilber@contoso.com")],
    cc: [],
    conversationId: "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAM",
    addHandlerAsync: (_eventType, _handler, callback) => callback(succeed(undefined)),
    removeHandlerAsync: (_eventType, callback) => callback(succeed(undefined)),
  };
}

export interface OfficeFakeOptions {
  readonly theme?: OfficeThemeColors;
  readonly item?: MailItemApi;
  /** Highest Mailbox requirement set the fake client reports, e.g. "1.13". */
  readonly maxMailboxVersion?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface OfficeFake {
  readonly office: OfficeApi;
  /** What roamingSettings holds in memory (set) and what the last successful saveAsync persisted. */
  readonly settings: Map<string, unknown>;
  readonly savedSettings: Map<string, unknown>;
  saveAsyncCallCount: number;
  shouldFailSave: boolean;
  readonly raiseThemeChanged: (theme: OfficeThemeColors) => void;
}

/** A fresh fake per test; nothing is shared between tests. */
export function createOfficeFake(options: OfficeFakeOptions = {}): OfficeFake {
  const maxMailboxVersion = options.maxMailboxVersion ?? "1.15";
  const settings = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  let themeHandler: ((args: { officeTheme?: OfficeThemeColors }) => void) | undefined;
  const fake: OfficeFake = {
    settings,
    savedSettings: new Map(settings),
    saveAsyncCallCount: 0,
    shouldFailSave: false,
    raiseThemeChanged: (theme) => themeHandler?.({ officeTheme: theme }),
    office: {
      AsyncResultStatus: { Failed: failed },
      EventType: {
        OfficeThemeChanged: "officeThemeChanged",
        RecipientsChanged: "recipientsChanged",
      },
      context: {
        officeTheme: options.theme ?? null,
        diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "20250101001.01" },
        requirements: {
          isSetSupported: (name, minVersion = "1.1") =>
            name === "Mailbox" && isVersionAtMost(minVersion, maxMailboxVersion),
        },
        roamingSettings: {
          get: (name) => settings.get(name),
          set: (name, value) => void settings.set(name, value),
          saveAsync: (callback) => {
            fake.saveAsyncCallCount += 1;
            if (fake.shouldFailSave) {
              callback(fail());
              return;
            }
            settings.forEach((value, name) => fake.savedSettings.set(name, value));
            callback(succeed(undefined));
          },
        },
        mailbox: {
          item: options.item ?? null,
          userProfile: { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" },
          addHandlerAsync: (_eventType, handler, callback) => {
            themeHandler = handler;
            callback(succeed(undefined));
          },
          removeHandlerAsync: (_eventType, callback) => {
            themeHandler = undefined;
            callback(succeed(undefined));
          },
        },
      },
    },
  };
  return fake;
}
