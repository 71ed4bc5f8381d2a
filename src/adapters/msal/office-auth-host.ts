// What the token provider needs from Office.js: NAA support, the account hint, and the dialog API as a promise.
import { OfficeDialogError } from "./map-msal-error";

export interface OfficeAuthHost {
  /** `isSetSupported('NestedAppAuth', '1.1')`: the host can broker tokens for the pane. */
  isNestedAppAuthSupported(): boolean;
  /** Office.auth.getAuthContext's hint, else the mailbox owner's address. */
  readLoginHint(): Promise<string | undefined>;
  /** Opens a dialog window on `url` and resolves with the first message it sends; closes it then. */
  openDialog(url: string): Promise<string>;
}

/** The slice of Office.js used here, so tests pass a fake. */
export interface OfficeAuthApi {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly mailbox?: { readonly userProfile?: { readonly emailAddress?: string } } | null;
    readonly ui?: Pick<Office.UI, "displayDialogAsync"> | null;
  };
  readonly auth?: { getAuthContext?: () => Promise<Partial<Office.AuthContext>> } | null;
  readonly EventType: {
    readonly DialogMessageReceived: Office.EventType | string;
    readonly DialogEventReceived: Office.EventType | string;
  };
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
}

const dialogSizePercent = { height: 60, width: 30 };

export function createOfficeAuthHost(office: OfficeAuthApi): OfficeAuthHost {
  return {
    isNestedAppAuthSupported: () =>
      office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),

    async readLoginHint() {
      const fallback = office.context.mailbox?.userProfile?.emailAddress;
      const getAuthContext = office.auth?.getAuthContext;
      if (getAuthContext === undefined) return fallback;
      try {
        const context = await getAuthContext();
        return context.loginHint || context.userPrincipalName || fallback;
      } catch (error) {
        // Hosts without NestedAppAuth 1.1 reject; the mailbox address is the documented fallback.
        if (error instanceof Error || typeof error === "object") return fallback;
        throw error;
      }
    },

    openDialog(url) {
      const ui = office.context.ui;
      if (ui === null || ui === undefined) {
        return Promise.reject(new OfficeDialogError(12002, "This host has no dialog API."));
      }
      return new Promise<string>((resolve, reject) => {
        const options = { ...dialogSizePercent, displayInIframe: false };
        ui.displayDialogAsync(url, options, (result) => {
          if (result.status === office.AsyncResultStatus.Failed) {
            reject(new OfficeDialogError(result.error.code, result.error.message));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(
            office.EventType.DialogMessageReceived as Office.EventType,
            (args) => {
              dialog.close();
              if ("message" in args) resolve(args.message);
            },
          );
          dialog.addEventHandler(
            office.EventType.DialogEventReceived as Office.EventType,
            (args) => {
              // 12006: the user closed the dialog; 12002/12003: it could not load the page.
              if ("error" in args) reject(new OfficeDialogError(args.error, "The dialog ended."));
            },
          );
        });
      });
    },
  };
}
