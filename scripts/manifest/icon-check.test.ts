// Icon URL → assets/ mapping, and the generated Tempo icons' sizes and colours.
import path from "node:path";
import { iconSizesPx, renderTempoIcon } from "../make-icons";
import { mapUrlToAssetPath } from "./icon-check";
import { isValidFunctionName } from "./launch-event-vocabulary";

describe("mapUrlToAssetPath", () => {
  it.each([
    ["https://localhost:3000/assets/icon-16.png", path.join("/repo/assets", "icon-16.png")],
    [
      "https://tempo.contoso.com/assets/brand/icon%2032.png",
      path.join("/repo/assets", "brand", "icon 32.png"),
    ],
    ["https://localhost:3000/images/icon-16.png", undefined],
    ["not a url", undefined],
  ])("maps %s to %s", (url, expected) => {
    expect(mapUrlToAssetPath(url, "/repo/assets")).toBe(expected);
  });
});

describe("renderTempoIcon", () => {
  it.each(iconSizesPx.map((size) => [size]))(
    "draws a %i px square with transparent corners and a white clock on brand blue",
    (sizePx) => {
      const png = renderTempoIcon(sizePx);
      const pixelAt = (x: number, y: number) => [
        ...png.data.subarray((y * sizePx + x) * 4, (y * sizePx + x) * 4 + 4),
      ];
      expect([png.width, png.height]).toStrictEqual([sizePx, sizePx]);
      expect(pixelAt(0, 0)[3]).toBe(0);
      // At 16 px the hands' junction straddles pixels, so ask for "mostly white" at the centre, pure white somewhere.
      const [centreRed = 0] = pixelAt(Math.floor(sizePx / 2), Math.floor(sizePx / 2));
      expect(centreRed).toBeGreaterThanOrEqual(128);
      const hasPureWhite = png.data.some(
        (_value, i) => i % 4 === 0 && png.data.readUInt32BE(i) === 0xffffffff,
      );
      expect(hasPureWhite).toBe(true);
      expect(pixelAt(Math.floor(sizePx / 2), Math.round(sizePx * 0.08))).toStrictEqual([
        0x0f, 0x6c, 0xbd, 255,
      ]);
    },
  );
});

describe("isValidFunctionName", () => {
  it.each([
    ["onMessageSend", true],
    ["$handler_2", true],
    ["on-message-send", false],
    ["", false],
    ["2fast", false],
    ["delete", false],
  ])("judges %p as a handler name: %p", (name, expected) => {
    expect(isValidFunctionName(name)).toBe(expected);
  });
});
