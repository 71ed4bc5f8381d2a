// The demo seed is a pure function of now and contains the threads the product's features need.
import { asText } from "../graph/graph-types";
import { seedDemoMailbox, tempoTrackIdPropertyId } from "./seed-demo-mailbox";

const now = new Date("2025-03-12T17:00:00Z");

describe("seedDemoMailbox", () => {
  it("is pure: the same now gives the same seed", () => {
    expect(seedDemoMailbox(now)).toStrictEqual(seedDemoMailbox(new Date(now)));
  });

  it("has tracked outreach, a human reply with In-Reply-To, an OOF, a bounce carrying the original Message-ID", () => {
    const { messages } = seedDemoMailbox(now);
    const tracked = messages.filter((m) =>
      m.extendedProperties?.some((p) => p.id === tempoTrackIdPropertyId),
    );
    const headersOf = (subject: string) =>
      messages.find((m) => m.props.subject === subject)?.props.internetMessageHeaders as Array<{
        name: string;
        value: string;
      }>;
    const bounce = messages.find((m) => asText(m.props.subject).startsWith("Undeliverable"));
    const original = messages.find((m) => m.props.subject === "Intro: Contoso x Adatum");
    expect(tracked.map((m) => m.folder)).toStrictEqual(Array(7).fill("sentitems"));
    expect(
      headersOf("RE: Cutting onboarding time at Fabrikam").find((h) => h.name === "In-Reply-To")
        ?.value,
    ).toBe("<fabrikam-onboarding.8640.alex.wilber@contoso.com>");
    expect(
      headersOf("Automatic reply: Following up: Q3 logistics review").filter((h) =>
        /^(Auto-Submitted|X-Auto-Response-Suppress)$/.test(h.name),
      ),
    ).toStrictEqual([
      { name: "Auto-Submitted", value: "auto-replied" },
      { name: "X-Auto-Response-Suppress", value: "All" },
    ]);
    expect(String((bounce?.props.body as { content: string }).content)).toContain(
      `Message-ID: ${asText(original?.props.internetMessageId)}`,
    );
  });

  it("fills the next 10 business days with 15–25 events using every showAs value", () => {
    const { events } = seedDemoMailbox(now);
    expect(events.length).toBeGreaterThanOrEqual(15);
    expect(events.length).toBeLessThanOrEqual(25);
    expect([...new Set(events.map((e) => e.showAs))].sort()).toStrictEqual([
      "busy",
      "free",
      "oof",
      "tentative",
      "workingElsewhere",
    ]);
  });
});
