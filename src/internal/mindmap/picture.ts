/**
 * Pictures from the user's device, made small before they are kept: a phone photo of 5 MB
 * becomes about 100 KB, so a mind map of several photos fits the browser's storage. The
 * picture never leaves the device; it is stored as a data URL in the session.
 */

/** Tried in turn until the picture is small enough: longest side in pixels, JPEG quality. */
const STEPS: Array<[number, number]> = [
  [800, 0.75],
  [640, 0.6],
  [480, 0.5],
  [320, 0.45],
];
/** Characters of the data URL we aim for. */
export const PICTURE_TARGET = 160_000;

export interface StoredPicture {
  src: string;
  /** Width ÷ height. */
  ratio: number;
  width: number;
  height: number;
}

/** The picture, downscaled to JPEG; null when the browser cannot read it as an image. */
export async function downscalePicture(file: Blob): Promise<StoredPicture | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    let result: StoredPicture | null = null;
    for (const [side, quality] of STEPS) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) return null;
      // JPEG has no transparency: a transparent PNG lies on white paper, not black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(bitmap, 0, 0, width, height);
      result = { src: canvas.toDataURL('image/jpeg', quality), ratio: width / height, width, height };
      if (result.src.length <= PICTURE_TARGET) break;
    }
    return result;
  } finally {
    bitmap.close();
  }
}

/**
 * Pictures are painted on canvases, not shown with <img> or <image>: a data URL is an image
 * request that a strict Content-Security-Policy (`img-src 'self'`) blocks, decoding the bytes
 * ourselves is not. Decoded pictures are kept, so a repaint (and a print) is immediate.
 */
const decoded = new Map<string, Promise<ImageBitmap | null>>();

function decode(src: string): Promise<ImageBitmap | null> {
  let bitmap = decoded.get(src);
  if (!bitmap) {
    const [head, data = ''] = src.split(',');
    const type = head.slice(5, head.indexOf(';'));
    try {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      bitmap = createImageBitmap(new Blob([bytes], { type })).catch(() => null);
    } catch {
      // The schema admits only valid base64; this guards a picture that slipped past it.
      bitmap = Promise.resolve(null);
    }
    decoded.set(src, bitmap);
    // Keep the most recent few dozen; a session rarely shows more.
    if (decoded.size > 60) decoded.delete(decoded.keys().next().value!);
  }
  return bitmap;
}

/** Paints every `canvas[data-picture]` under root with its picture, found by item id. */
export async function paintPictures(root: ParentNode, srcOf: (id: string) => string | undefined): Promise<void> {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-picture]')];
  await Promise.all(
    canvases.map(async (canvas) => {
      const src = srcOf(canvas.dataset.picture!);
      if (!src || canvas.dataset.painted === String(src.length) + src.slice(-16)) return;
      const bitmap = await decode(src);
      if (!bitmap) return;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      canvas.dataset.painted = String(src.length) + src.slice(-16);
    }),
  );
}
