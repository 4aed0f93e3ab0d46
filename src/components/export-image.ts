/**
 * Export helpers: the theme an export resolves (read off the element), and the raster export:
 * the SVG document string (the same drawing code as the live element) drawn into a canvas
 * through an Image, scaled for high-DPI output.
 */
import { tokenNames, type Theme, type TokenName } from '../render';

/**
 * The theme in effect for an export of `el`: `theme="light"|"dark"` when set, else (auto) the
 * host's used color-scheme as the live figure shows it; and any `--fusion-*` value set on it.
 */
export function exportTheme(el: HTMLElement, attr?: string): { theme: Theme; tokens: Partial<Record<TokenName, string>> } {
  const tokens: Partial<Record<TokenName, string>> = {};
  let theme: Theme = attr === 'dark' ? 'dark' : 'light';
  if (el.isConnected) {
    const style = getComputedStyle(el);
    const scheme = style.colorScheme || 'normal';
    const systemDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    if (attr !== 'light' && attr !== 'dark') theme = scheme.includes('dark') && (!scheme.includes('light') || systemDark) ? 'dark' : 'light';
    for (const name of tokenNames) {
      const value = style.getPropertyValue(`--fusion-${name}`).trim();
      // Our own light-dark() defaults are not user values: the export resolves them by theme.
      if (value && !value.startsWith('light-dark(')) tokens[name] = value;
    }
  }
  return { theme, tokens };
}

/** Largest `scale` toPNG accepts: 10 device pixels per CSS pixel is beyond any print need. */
export const MAX_SCALE = 10;

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  // Bounded: a huge scale would ask the browser for a canvas it cannot allocate (or hang getting one).
  if (!(scale > 0 && scale <= MAX_SCALE)) throw new RangeError(`toPNG: scale must be a number above 0 and at most ${MAX_SCALE}, got ${String(scale).slice(0, 40)}`);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    try {
      await img.decode();
    } catch (error) {
      // The usual cause on a page with a Content-Security-Policy: images from blob: URLs are not allowed.
      throw new Error(`toPNG: the drawing could not be decoded as an image (${(error as Error).message}); a page with a Content-Security-Policy must allow img-src blob:`);
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('toPNG: this browser gives no 2D canvas context');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toPNG: the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
