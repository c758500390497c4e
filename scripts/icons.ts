// Draws the app's icons (committed under web/public/icons; run again only when the mark changes):
// `npx tsx scripts/icons.ts`. One mark, a page with a headline and lines of text, on the accent colour.
// sharp (already installed with wrangler) rasterises the SVG; a palette PNG keeps each file small.
import sharp from 'sharp';

const ACCENT = '#8a2b06';
const PAPER = '#fffdf8';

/** The mark inside a `size` square; `inset` is the share of each side left empty (maskable icons need 10%+). */
function svg(size: number, inset: number, rounded: boolean): string {
  const s = size;
  const pad = s * inset;
  const w = s - 2 * pad;
  const x = (f: number) => pad + w * f;
  const line = (y: number, len: number, h: number) =>
    `<rect x="${x(0.26)}" y="${x(y)}" width="${w * len}" height="${w * h}" rx="${w * h * 0.3}" fill="${ACCENT}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" rx="${rounded ? s * 0.18 : 0}" fill="${ACCENT}"/>
<rect x="${x(0.18)}" y="${x(0.14)}" width="${w * 0.64}" height="${w * 0.72}" rx="${w * 0.04}" fill="${PAPER}"/>
${line(0.24, 0.48, 0.09)}${line(0.4, 0.48, 0.045)}${line(0.5, 0.48, 0.045)}${line(0.6, 0.48, 0.045)}${line(0.7, 0.3, 0.045)}
</svg>`;
}

const icons: [file: string, size: number, inset: number, rounded: boolean][] = [
  // Square: every first visit fetches this one (the page's icon, the manifest's check), and
  // transparent rounded corners would more than double its bytes (docs/performance.md).
  ['icon-192.png', 192, 0, false],
  ['icon-512.png', 512, 0, true],
  // Maskable: full-bleed background, the mark inside the safe zone.
  ['maskable-512.png', 512, 0.12, false],
  // iOS rounds the corners itself and shows transparency as black.
  ['apple-touch-icon.png', 180, 0.04, false],
];

for (const [file, size, inset, rounded] of icons) {
  const out = `web/public/icons/${file}`;
  const info = await sharp(Buffer.from(svg(size, inset, rounded)))
    .png({ palette: true, colours: rounded ? 16 : 8, compressionLevel: 9 }) // no transparency: 8 draw the same
    .toFile(out);
  console.log(`${out}: ${info.width}×${info.height}, ${info.size} bytes`);
}
