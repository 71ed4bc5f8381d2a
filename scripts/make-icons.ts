// Draws Tempo's mark (a white clock on a rounded brand-blue square) into assets/icon-<size>.png with pngjs.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";

/** Every size the manifest and the panes reference; the manifest validator checks each file's dimensions. */
export const iconSizesPx = [16, 20, 24, 25, 32, 40, 48, 64, 80, 128] as const;

const brandBlue = { r: 0x0f, g: 0x6c, b: 0xbd } as const;
const white = { r: 0xff, g: 0xff, b: 0xff } as const;

interface Point {
  x: number;
  y: number;
}

/** Signed distance from p to a rounded square filling [0, size], negative inside. */
function distanceToRoundedSquare(p: Point, size: number, radius: number): number {
  const half = size / 2;
  const qx = Math.abs(p.x - half) - (half - radius);
  const qy = Math.abs(p.y - half) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - radius;
}

/** Signed distance from p to a capsule (a segment from a to b thickened to width), negative inside. */
function distanceToCapsule(p: Point, a: Point, b: Point, width: number): number {
  const abx = b.x - a.x;
  const aby = b.y - a.y;
  const t = Math.min(
    Math.max(((p.x - a.x) * abx + (p.y - a.y) * aby) / (abx * abx + aby * aby), 0),
    1,
  );
  return Math.hypot(p.x - (a.x + t * abx), p.y - (a.y + t * aby)) - width / 2;
}

/** Signed distance from p to a ring of the given radius and stroke width, negative inside the stroke. */
function distanceToRing(p: Point, centre: Point, radius: number, width: number): number {
  return Math.abs(Math.hypot(p.x - centre.x, p.y - centre.y) - radius) - width / 2;
}

/** Area coverage of a pixel from a signed distance in pixels: a one-pixel linear ramp is the anti-aliasing. */
function coverageFromDistance(distancePx: number): number {
  return Math.min(Math.max(0.5 - distancePx, 0), 1);
}

/** Renders the mark at sizePx × sizePx; strokes never go below ~1.4 px so the 16 px icon stays legible. */
export function renderTempoIcon(sizePx: number): PNG {
  const png = new PNG({ width: sizePx, height: sizePx });
  const centre = { x: sizePx / 2, y: sizePx / 2 };
  const cornerRadius = sizePx * 0.22;
  const stroke = Math.max(sizePx * 0.08, 1.4);
  const ringRadius = sizePx * 0.3;
  // Hands at ten past ten read as a clock at any size and leave the top-right open like a "go" tick.
  const minuteTip = { x: centre.x + sizePx * 0.12, y: centre.y - sizePx * 0.16 };
  const hourTip = { x: centre.x - sizePx * 0.11, y: centre.y - sizePx * 0.06 };
  for (let y = 0; y < sizePx; y += 1) {
    for (let x = 0; x < sizePx; x += 1) {
      const p = { x: x + 0.5, y: y + 0.5 };
      const background = coverageFromDistance(distanceToRoundedSquare(p, sizePx, cornerRadius));
      const glyphDistance = Math.min(
        distanceToRing(p, centre, ringRadius, stroke),
        distanceToCapsule(p, centre, minuteTip, stroke),
        distanceToCapsule(p, centre, hourTip, stroke),
      );
      const glyph = coverageFromDistance(glyphDistance);
      const offset = (y * sizePx + x) * 4;
      png.data[offset] = Math.round(brandBlue.r + (white.r - brandBlue.r) * glyph);
      png.data[offset + 1] = Math.round(brandBlue.g + (white.g - brandBlue.g) * glyph);
      png.data[offset + 2] = Math.round(brandBlue.b + (white.b - brandBlue.b) * glyph);
      png.data[offset + 3] = Math.round(255 * background);
    }
  }
  return png;
}

/** Writes every size into assetsDir and returns the written paths. */
export function writeTempoIcons(assetsDir: string): string[] {
  mkdirSync(assetsDir, { recursive: true });
  return iconSizesPx.map((sizePx) => {
    const filePath = path.join(assetsDir, `icon-${sizePx}.png`);
    writeFileSync(filePath, PNG.sync.write(renderTempoIcon(sizePx)));
    return filePath;
  });
}

const isRunAsScript = require.main === module;
if (isRunAsScript) {
  const written = writeTempoIcons(path.resolve(__dirname, "..", "assets"));
  for (const filePath of written) console.log(`wrote ${path.relative(process.cwd(), filePath)}`);
}
