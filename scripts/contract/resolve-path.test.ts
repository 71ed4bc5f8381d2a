// Path resolution through the CSDL. To add a case: add a row with the path (no /v1.0) and the expected kind,
// template and type, or the expected error text.
import { loadGraphDescription } from "./graph-description";
import { resolveGraphPath } from "./resolve-path";

describe("loadGraphDescription", () => {
  it("parses the CSDL once, quickly, and indexes what the checker needs", () => {
    // CPU time, not wall time: the CI box is shared, and jest's sandbox runs the parser slower than plain node.
    const before = process.cpuUsage();
    const description = loadGraphDescription();
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(2500);
    expect(loadGraphDescription()).toBe(description);
    expect(description.types.get("microsoft.graph.message")?.baseType).toBe(
      "microsoft.graph.outlookItem",
    );
    expect(
      description.operations.get("sendmail")?.[0]?.parameters.map((parameter) => parameter.name),
    ).toEqual(["Message", "SaveToSentItems"]);
    expect(description.queryOptions.get("root:me|calendarview")).toEqual([
      { name: "startDateTime", required: true },
      { name: "endDateTime", required: true },
    ]);
  });
});

describe("resolveGraphPath", () => {
  it.each([
    ["/me", "entity", "/me", "microsoft.graph.user"],
    [
      "/users/adele@contoso.com/messages/AAMk=",
      "entity",
      "/users/{id}/messages/{id}",
      "microsoft.graph.message",
    ],
    [
      "/me/mailFolders/inbox/messages",
      "collection",
      "/me/mailFolders/{id}/messages",
      "microsoft.graph.message",
    ],
    [
      "/me/MailFolders('SentItems')/Messages",
      "collection",
      "/me/mailFolders/{id}/messages",
      "microsoft.graph.message",
    ],
    [
      "/me/mailFolders/inbox/messages/delta()",
      "operation",
      "/me/mailFolders/{id}/messages/delta",
      "microsoft.graph.message",
    ],
    ["/me/messages/delta", "operation", "/me/messages/delta", "microsoft.graph.message"],
    [
      "/me/calendar/getSchedule",
      "operation",
      "/me/calendar/getSchedule",
      "microsoft.graph.scheduleInformation",
    ],
    ["/me/messages/AAMk=/send", "operation", "/me/messages/{id}/send", undefined],
    ["/me/mailboxSettings", "complex", "/me/mailboxSettings", "microsoft.graph.mailboxSettings"],
    ["/me/messages/AAMk=/$value", "value", "/me/messages/{id}/$value", "microsoft.graph.message"],
    ["/me/messages/$count", "count", "/me/messages/$count", "microsoft.graph.message"],
  ])("%s → %s %s", (path, kind, template, typeName) => {
    const result = resolveGraphPath(path);
    expect(result).toMatchObject({ ok: true, resolved: { kind, template } });
    expect(result.ok && result.resolved.type?.typeName).toBe(typeName ?? undefined);
  });

  it("collects the custom query options the CSDL annotates", () => {
    const calendarView = resolveGraphPath("/me/calendar/calendarView");
    const delta = resolveGraphPath("/me/mailFolders/inbox/messages/delta()");
    expect(
      calendarView.ok && calendarView.resolved.customQueryOptions.map((option) => option.name),
    ).toEqual(["startDateTime", "endDateTime"]);
    expect(delta.ok && delta.resolved.customQueryOptions).toEqual([
      { name: "changeType", required: false },
    ]);
    expect(delta.ok && delta.resolved.uriTemplate?.path).toBe(
      "/users/{user-id}/mailFolders/{mailFolder-id}/messages/delta()",
    );
  });

  it.each([
    [
      "/me/mailFolder/inbox/messages",
      "segment 'mailFolder' is not a property of microsoft.graph.user (did you mean 'mailFolders'?)",
    ],
    [
      "/me/messages/AAMk=/subjekt",
      "segment 'subjekt' is not a property of microsoft.graph.message (did you mean 'subject'?)",
    ],
    [
      "/me/messages/delat()",
      "segment 'delat()' is not a bound function or action of Collection(microsoft.graph.message)",
    ],
    ["/me/sendMail/extra", "segment 'extra' cannot follow sendMail (operation)"],
    [
      "/me/events/E1/$value",
      "segment '$value' is not valid on microsoft.graph.event: it is not a media entity",
    ],
    ["/mee/messages", "segment 'mee' is not a singleton or entity set of the Graph service"],
  ])("rejects %s", (path, message) => {
    expect(resolveGraphPath(path)).toEqual({ ok: false, message });
  });
});
