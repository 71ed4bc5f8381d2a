// findFreeSlots agrees with a naive slots × events reference on 10 business days against 500 busy events.
import { naiveSlots, referenceOptions } from "../../testing/availability/naive-free-slots";
import { findFreeSlots } from "./find-free-slots";

describe("findFreeSlots against the naive reference", () => {
  it("proposes exactly the reference's slots for 10 business days and 500 busy events", () => {
    const expected = naiveSlots(referenceOptions);
    expect(expected.length).toBeGreaterThan(20);
    expect(findFreeSlots(referenceOptions)).toStrictEqual({ ok: true, slots: expected });
  });
});
