import {
  collapseScopes,
  deriveAllScopes,
  deriveFeatureScopes,
  deriveOperationScope,
} from "./derive-scopes";
import { normalizeGraphPath } from "./graph-operation";
import { Feature } from "./features";

describe("deriveFeatureScopes", () => {
  it.each([
    [Feature.account, ["User.Read"]],
    [Feature.trackedSend, ["Mail.ReadWrite", "Mail.Send"]],
    [Feature.replyDetection, ["Mail.ReadWrite"]],
    [Feature.followUps, ["Mail.ReadWrite"]],
    [Feature.availability, ["Calendars.ReadBasic", "MailboxSettings.Read"]],
    [Feature.sendLater, ["Mail.ReadWrite", "Mail.Send"]],
    [Feature.booking, ["Mail.Read", "Calendars.ReadWrite"]],
  ])("asks for exactly what %s's calls need", (feature, expected) => {
    expect(deriveFeatureScopes(feature)).toStrictEqual(expected);
  });

  it("lists every requested scope once, without collapsing across features", () => {
    expect(deriveAllScopes()).toStrictEqual([
      "User.Read",
      "Mail.Read",
      "Mail.ReadWrite",
      "Mail.Send",
      "Calendars.ReadBasic",
      "Calendars.ReadWrite",
      "MailboxSettings.Read",
    ]);
  });

  it("drops a scope another one in the same feature already covers", () => {
    expect(
      collapseScopes(["Mail.ReadBasic", "Mail.Send", "Mail.ReadWrite", "Mail.Read"]),
    ).toStrictEqual(["Mail.ReadWrite", "Mail.Send"]);
  });

  it("refuses an operation no rule describes rather than guessing", () => {
    expect(() =>
      deriveOperationScope({ method: "DELETE", pathTemplate: "/me/calendars/{id}" }),
    ).toThrow("No permission rule for DELETE /me/calendars/{id}");
  });
});

describe("normalizeGraphPath", () => {
  it.each([
    [
      "/v1.0/me/mailFolders/{folderId}/messages/delta()?$select=id",
      "/me/mailfolders/{id}/messages/delta",
    ],
    ["/me/sendMail", "/me/sendmail"],
    ["/me/calendar/getSchedule/", "/me/calendar/getschedule"],
  ])("normalizes %s to %s", (input, expected) => {
    expect(normalizeGraphPath(input)).toBe(expected);
  });
});
