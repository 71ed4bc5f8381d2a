// Chooses Fluent's light or dark web theme from the Office theme's body background colour.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "@/ui/hooks/office-api";

/** Below this relative luminance (WCAG definition) a background counts as dark. */
const darkLuminanceThreshold = 0.4;

function parseHexColor(color: string): [number, number, number] | undefined {
  const hex = color.trim().replace(/^#/, "");
  const isShortForm = /^[0-9a-f]{3}$/i.test(hex);
  const isLongForm = /^[0-9a-f]{6}$/i.test(hex);
  if (!isShortForm && !isLongForm) {
    return undefined;
  }
  const full = isShortForm ? [...hex].map((digit) => digit + digit).join("") : hex;
  const channel = (index: number): number => parseInt(full.slice(index, index + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

function toLinear(channel: number): number {
  const srgb = channel / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG relative luminance of a `#rgb`/`#rrggbb` colour, or undefined when it is not one.
 * e.g. `#ffffff` gives 1, `#1f1f1f` gives about 0.014.
 */
export function computeRelativeLuminance(color: string): number | undefined {
  const rgb = parseHexColor(color);
  if (!rgb) {
    return undefined;
  }
  const [red, green, blue] = rgb;
  return 0.2126 * toLinear(red) + 0.7152 * toLinear(green) + 0.0722 * toLinear(blue);
}

export function isDarkOfficeTheme(colors: OfficeThemeColors | undefined): boolean {
  const luminance = colors ? computeRelativeLuminance(colors.bodyBackgroundColor) : undefined;
  const isDark = luminance !== undefined && luminance < darkLuminanceThreshold;
  return isDark;
}

/** Light unless Office reports a dark body background (Outlook's Black and Dark Gray themes). */
export function pickThemeForOffice(colors: OfficeThemeColors | undefined): Theme {
  return isDarkOfficeTheme(colors) ? webDarkTheme : webLightTheme;
}
