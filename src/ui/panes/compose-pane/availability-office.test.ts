import { offerCustomPropertyName } from "@/core/scheduling/offer";
import { createOfficeFake } from "@/testing/office-fake";
import { storeOffer, type AvailabilityComposeItem } from "./availability-office";
import type { OfficeCallback } from "@/ui/hooks/office-api";

const ok = <T>(value: T) => ({ status: "succeeded", value, error: null });

function createItem(calls: string[], options: { canSaveItem: boolean }): AvailabilityComposeItem {
  const values: Record<string, string> = {};
  return {
    body: {
      getTypeAsync: (callback) => callback(ok("html")),
      setSelectedDataAsync: (_data, _options, callback) => callback(ok(undefined)),
    },
    loadCustomPropertiesAsync: (callback) =>
      callback(
        ok({
          set: (name: string, value: string) => {
            values[name] = value;
            calls.push(`set ${name}=${value}`);
          },
          saveAsync: (done: OfficeCallback<void>) => {
            calls.push("customProperties.saveAsync");
            done(ok(undefined));
          },
        }),
      ),
    ...(options.canSaveItem
      ? {
          saveAsync: (callback: OfficeCallback<string>) => {
            calls.push("item.saveAsync");
            callback(ok("AAMkDraft="));
          },
        }
      : {}),
  };
}

describe("storeOffer", () => {
  it("saves the offer property, then the item, so classic Outlook keeps it (GRAPH-FACTS A1)", async () => {
    const calls: string[] = [];
    await storeOffer(createOfficeFake().office, createItem(calls, { canSaveItem: true }), "o1");

    expect(calls).toStrictEqual([
      `set ${offerCustomPropertyName}=o1`,
      "customProperties.saveAsync",
      "item.saveAsync",
    ]);
  });

  it("saves the properties alone on a client without item.saveAsync", async () => {
    const calls: string[] = [];
    await storeOffer(createOfficeFake().office, createItem(calls, { canSaveItem: false }), "o1");

    expect(calls).toStrictEqual([
      `set ${offerCustomPropertyName}=o1`,
      "customProperties.saveAsync",
    ]);
  });
});
