// An item's notification messages (info bars) and Outlook's rules for adding, replacing and removing them.
import {
  OfficeCallError,
  officeErrors,
  type NotificationMessage,
  type NotificationOp,
} from "../protocol";

export const maxNotifications = 5;

function fail(error: { code: number; name: string }, message: string): never {
  throw new OfficeCallError(error.code, error.name, message);
}

/** Returns the new list, or throws what Outlook reports: duplicate key, unknown key, more than five. */
export function applyNotificationOp(
  list: NotificationMessage[],
  op: NotificationOp,
): NotificationMessage[] {
  const existing = list.find((entry) => entry.key === op.key);
  if (op.op === "remove") {
    if (existing === undefined)
      fail(officeErrors.notificationKeyNotFound, `No notification has the key "${op.key}".`);
    return list.filter((entry) => entry.key !== op.key);
  }
  const entry: NotificationMessage = { ...op.details, key: op.key };
  if (op.op === "replace") {
    // Office's replaceAsync adds the message when the key is new, so it is subject to the same limit.
    if (existing !== undefined)
      return list.map((current) => (current.key === op.key ? entry : current));
  } else if (existing !== undefined) {
    fail(
      officeErrors.duplicateNotificationKey,
      `A notification with the key "${op.key}" already exists.`,
    );
  }
  if (list.length >= maxNotifications) {
    fail(
      officeErrors.numberOfNotificationsExceeded,
      `An item can show at most ${maxNotifications} notifications.`,
    );
  }
  return [...list, entry];
}
