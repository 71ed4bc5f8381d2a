// The vocabulary of failures Tempo can meet, each with the message a user reads and what they can do.

export const AppErrorCode = {
  authInteractionRequired: "auth_interaction_required",
  authUserCancelled: "auth_user_cancelled",
  authFailed: "auth_failed",
  graphUnauthorized: "graph_unauthorized",
  graphForbidden: "graph_forbidden",
  graphNotFound: "graph_not_found",
  graphThrottled: "graph_throttled",
  graphFailed: "graph_failed",
  officeCallFailed: "office_call_failed",
  officeApiUnsupported: "office_api_unsupported",
  storageFailed: "storage_failed",
  invalidInput: "invalid_input",
} as const;

export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

/** What the UI offers next to the message. */
export const RecoveryAction = {
  retry: "retry",
  signIn: "sign_in",
  askAdmin: "ask_admin",
  updateOutlook: "update_outlook",
  fixInput: "fix_input",
  none: "none",
} as const;

export type RecoveryAction = (typeof RecoveryAction)[keyof typeof RecoveryAction];

export interface AppErrorText {
  readonly message: string;
  readonly recovery: RecoveryAction;
}

/** One table of user-facing text per code; the UI never invents its own. */
export const appErrorTexts: Readonly<Record<AppErrorCode, AppErrorText>> = {
  auth_interaction_required: {
    message: "Tempo needs you to sign in again. Select Sign in to continue.",
    recovery: RecoveryAction.signIn,
  },
  auth_user_cancelled: {
    message: "Sign-in was cancelled. Select Sign in when you are ready.",
    recovery: RecoveryAction.signIn,
  },
  auth_failed: {
    message: "Tempo could not sign you in. Try again; if it keeps failing, contact your admin.",
    recovery: RecoveryAction.retry,
  },
  graph_unauthorized: {
    message: "Your sign-in has expired. Select Sign in to continue.",
    recovery: RecoveryAction.signIn,
  },
  graph_forbidden: {
    message: "Tempo is not allowed to do this in your mailbox. Ask your admin to grant the permission.",
    recovery: RecoveryAction.askAdmin,
  },
  graph_not_found: {
    message: "The item is no longer in your mailbox. It may have been moved or deleted.",
    recovery: RecoveryAction.none,
  },
  graph_throttled: {
    message: "Outlook is busy right now. Tempo will try again in a moment.",
    recovery: RecoveryAction.retry,
  },
  graph_failed: {
    message: "Outlook did not answer as expected. Try again in a moment.",
    recovery: RecoveryAction.retry,
  },
  office_call_failed: {
    message: "Outlook could not complete the action. Try again.",
    recovery: RecoveryAction.retry,
  },
  office_api_unsupported: {
    message: "This version of Outlook does not support this feature. Update Outlook to use it.",
    recovery: RecoveryAction.updateOutlook,
  },
  storage_failed: {
    message: "Tempo could not save its settings. Try again.",
    recovery: RecoveryAction.retry,
  },
  invalid_input: {
    message: "Some of what you entered is not valid. Check it and try again.",
    recovery: RecoveryAction.fixInput,
  },
};
