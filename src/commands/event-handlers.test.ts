import {
  handleMessageSend,
  handleNewMessageCompose,
  registerEventHandlers,
  type MailboxEvent,
} from "./event-handlers";

function createEventFake(): MailboxEvent & { completed: jest.Mock } {
  return { completed: jest.fn() };
}

describe("event-based activation handlers", () => {
  it("completes OnNewMessageCompose at once, with no options", () => {
    const event = createEventFake();

    handleNewMessageCompose(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith();
  });

  it("allows the send on OnMessageSend", () => {
    const event = createEventFake();

    handleMessageSend(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("associates both manifest function names with their handlers", () => {
    const associate = jest.fn();

    registerEventHandlers({ associate });

    expect(associate.mock.calls).toStrictEqual([
      ["onNewMessageCompose", handleNewMessageCompose],
      ["onMessageSend", handleMessageSend],
    ]);
  });
});
