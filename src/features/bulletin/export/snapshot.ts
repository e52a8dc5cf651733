/**
 * The whole bulletin as one PNG (a short bulletin; a long one is cut into pages by pageImages.ts), without a library: the bulletin's DOM is cloned into an SVG
 * <foreignObject> with the page's own stylesheets, drawn into a canvas at twice its size and
 * saved. What makes this reliable here: the bulletin uses installed system fonts only (an SVG
 * image cannot load web fonts), its charts are already PNG images (a cloned canvas would be
 * blank), and its editors are swapped for their text by the snapshot class. If the app ever
 * uses web fonts, a library that inlines them (modern-screenshot, html-to-image) is the step up.
 */

/** Chrome's canvas height limit is 32,767 px; a long bulletin is drawn at a lower ratio instead. */
const MAX_CANVAS_SIDE = 32_000;

export const SNAPSHOT_CLASS = 'bulletin-snapshot';

export function pageCss(): string {
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
    } catch {
      // A stylesheet of another origin cannot be read; ours are all same-origin.
    }
  }
  return parts.join('\n');
}

export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the bulletin could not be drawn as an image'));
    image.src = src;
  });
}

export interface SnapshotOptions {
  pixelRatio?: number;
  background?: string;
}

/**
 * The paper cloned for a snapshot (editors swapped for their text by SNAPSHOT_CLASS) and laid out
 * off screen with the page's stylesheets, so it can be measured; `remove` takes it away again.
 */
export function stagedClone(element: HTMLElement, width: number, className?: string): { clone: HTMLElement; remove: () => void } {
  const clone = element.cloneNode(true) as HTMLElement;
  clone.classList.add(SNAPSHOT_CLASS);
  if (className) clone.classList.add(className);
  clone.removeAttribute('id');
  clone.style.width = `${width}px`;
  clone.style.margin = '0';
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;`;
  stage.appendChild(clone);
  document.body.appendChild(stage);
  return { clone, remove: () => stage.remove() };
}

/** Markup as an SVG image of `width` × `height` CSS pixels, drawn `ratio` times larger. */
export function svgImage(
  markup: string,
  { width, height, ratio, background }: { width: number; height: number; ratio: number; background: string },
): Promise<HTMLImageElement> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * ratio)}" height="${Math.round(height * ratio)}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">` +
    `<div xmlns="http://www.w3.org/1999/xhtml" style="width:${width}px;background:${background}"><style>${xmlText(pageCss())}</style>${markup}</div>` +
    `</foreignObject></svg>`;
  return loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png');
  });
}

export async function snapshotPng(element: HTMLElement, { pixelRatio = 2, background = '#ffffff' }: SnapshotOptions = {}): Promise<Blob> {
  const width = Math.ceil(element.getBoundingClientRect().width);
  // Laid out off screen with the real stylesheets, to measure the height the snapshot needs.
  const { clone, remove } = stagedClone(element, width);
  let height: number;
  let markup: string;
  try {
    height = Math.ceil(clone.getBoundingClientRect().height);
    markup = new XMLSerializer().serializeToString(clone);
  } finally {
    remove();
  }
  const ratio = Math.max(0.5, Math.min(pixelRatio, MAX_CANVAS_SIDE / Math.max(width, height, 1)));
  const image = await svgImage(markup, { width, height, ratio, background });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvasPng(canvas);
}
