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
  graphUnreachable: "graph_unreachable",
  graphOutcomeUnknown: "graph_outcome_unknown",
  graphSendOutcomeUnknown: "graph_send_outcome_unknown",
  officeCallFailed: "office_call_failed",
  officeApiUnsupported: "office_api_unsupported",
  storageFailed: "storage_failed",
  invalidInput: "invalid_input",
  authConsentRequired: "auth_consent_required",
  authUserNotAssigned: "auth_user_not_assigned",
  authAppNotInTenant: "auth_app_not_in_tenant",
  authNetwork: "auth_network",
  authPopupBlocked: "auth_popup_blocked",
  authStorageBlocked: "auth_storage_blocked",
  authHostUnresponsive: "auth_host_unresponsive",
  trackingMarkTooLarge: "tracking_mark_too_large",
  availabilityNoWorkingHours: "availability_no_working_hours",
  availabilityInsertFailed: "availability_insert_failed",
  trackingSyncIncomplete: "tracking_sync_incomplete",
  scheduleOutcomeUnknown: "schedule_outcome_unknown",
  scheduledSendGone: "scheduled_send_gone",
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
    message:
      "Tempo is not allowed to do this in your mailbox. Ask your admin to grant the permission.",
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
  graph_unreachable: {
    message: "Tempo could not reach Outlook. Check your connection and try again.",
    recovery: RecoveryAction.retry,
  },
  graph_outcome_unknown: {
    message:
      "Outlook did not confirm the change, and it may have been made. Refresh before trying again.",
    recovery: RecoveryAction.none,
  },
  graph_send_outcome_unknown: {
    message:
      "Tempo cannot tell yet whether your email was sent. Check Sent Items before sending it again.",
    recovery: RecoveryAction.none,
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
  auth_consent_required: {
    message:
      "Your organization requires an admin to approve Tempo's permissions. Ask your admin to grant consent, then sign in again.",
    recovery: RecoveryAction.askAdmin,
  },
  auth_user_not_assigned: {
    message:
      "Your account has not been given access to Tempo. Ask your admin to assign Tempo to you.",
    recovery: RecoveryAction.askAdmin,
  },
  auth_app_not_in_tenant: {
    message:
      "Tempo is not set up in your organization yet. Ask your admin to add it by granting consent.",
    recovery: RecoveryAction.askAdmin,
  },
  auth_network: {
    message:
      "Tempo could not reach the Microsoft sign-in service. Check your connection and try again.",
    recovery: RecoveryAction.retry,
  },
  auth_popup_blocked: {
    message: "The sign-in window was blocked. Allow pop-ups for Outlook, then select Try again.",
    recovery: RecoveryAction.retry,
  },
  auth_storage_blocked: {
    message:
      "Your browser blocked the sign-in window from reaching Tempo (third-party cookies or storage). Allow them for Outlook, or use the Outlook app, then try again.",
    recovery: RecoveryAction.retry,
  },
  auth_host_unresponsive: {
    message: "Outlook did not answer Tempo's sign-in request. Try again in a moment.",
    recovery: RecoveryAction.retry,
  },
  tracking_mark_too_large: {
    message:
      "Tempo cannot mark this email: add-ins have stored too much data on it. Start a new email to track it.",
    recovery: RecoveryAction.none,
  },
  availability_no_working_hours: {
    message:
      "Tempo could not read your working hours from your calendar. Set them in Outlook (Settings → Calendar → Work hours), then try again.",
    recovery: RecoveryAction.retry,
  },
  availability_insert_failed: {
    message:
      "Tempo could not insert the times into this message. Click into the message body, then try again.",
    recovery: RecoveryAction.retry,
  },
  tracking_sync_incomplete: {
    message:
      "Tempo could not save the latest replies and follow-ups on some tracked emails. Nothing is lost: select Refresh to try again.",
    recovery: RecoveryAction.retry,
  },
  schedule_outcome_unknown: {
    message:
      "Tempo cannot tell whether Outlook accepted the scheduled send. Open Scheduled sends in the Tempo dashboard: if the email is listed, it is scheduled; if not, schedule it again.",
    recovery: RecoveryAction.none,
  },
  scheduled_send_gone: {
    message:
      "This email is no longer waiting to be sent: it has gone out already, or it was cancelled or deleted elsewhere. Refresh the list.",
    recovery: RecoveryAction.retry,
  },
};
