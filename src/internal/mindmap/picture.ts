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
