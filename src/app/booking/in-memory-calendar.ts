// Test support: a CalendarApi kept in memory, recording every call, for the availability and booking use-case tests.
import type {
  CalendarApi,
  ConversationMessage,
  CreatedEvent,
  HoldEvent,
  NewEvent,
  OnlineMeetingSettings,
  Schedule,
} from "../../ports/calendar-api";

export class InMemoryCalendar implements CalendarApi {
  readonly calls: string[] = [];
  readonly created: Array<NewEvent & { id: string }> = [];
  schedule: Schedule = { address: "alex.wilber@contoso.com", busy: [] };
  messages: ConversationMessage[] = [];
  settings: OnlineMeetingSettings = { allowedProviders: ["teamsForBusiness"] };
  /** What Graph does with a Teams request: make a link, or drop it silently (D12). */
  isTeamsDropped = false;
  private nextId = 1;

  getMe() {
    this.calls.push("getMe");
    return Promise.resolve({ id: "me" });
  }
  getMailboxSettings() {
    this.calls.push("getMailboxSettings");
    return Promise.resolve({});
  }
  getSchedule(options: {
    addresses: readonly string[];
    window: { startUtc: string; endUtc: string };
  }) {
    this.calls.push(`getSchedule ${options.window.startUtc}/${options.window.endUtc}`);
    return Promise.resolve([this.schedule]);
  }
  getOnlineMeetingSettings() {
    this.calls.push("getOnlineMeetingSettings");
    return Promise.resolve(this.settings);
  }
  createEvent(event: NewEvent): Promise<CreatedEvent> {
    const id = `ev-${this.nextId++}`;
    this.calls.push(`createEvent ${event.showAs} ${event.slot.startUtc}`);
    this.created.push({ ...event, id });
    const hasLink = event.isTeamsMeeting && !this.isTeamsDropped;
    return Promise.resolve(
      hasLink
        ? { id, isOnlineMeeting: true, joinUrl: `https://teams.example/${id}` }
        : { id, isOnlineMeeting: false },
    );
  }
  listHolds(): Promise<HoldEvent[]> {
    this.calls.push("listHolds");
    return Promise.resolve(
      this.created.flatMap((event) =>
        event.holdMark === undefined
          ? []
          : [{ id: event.id, slot: event.slot, mark: event.holdMark }],
      ),
    );
  }
  deleteEvent(id: string) {
    this.calls.push(`deleteEvent ${id}`);
    const index = this.created.findIndex((event) => event.id === id);
    if (index >= 0) this.created.splice(index, 1);
    return Promise.resolve();
  }
  listConversationMessages(options: { conversationId: string }) {
    this.calls.push(`listConversationMessages ${options.conversationId}`);
    return Promise.resolve(this.messages);
  }
}
