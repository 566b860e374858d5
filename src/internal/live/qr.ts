import { generate } from 'lean-qr';

/**
 * A join link as a QR code: its width in modules and one SVG path of the dark modules (no canvas,
 * no data URL, so no CSP exception). Null for a link too long for a QR code. In the live chunk,
 * which is loaded by the time a room shows its link.
 */
export function qrCode(text: string): { size: number; d: string } | null {
  try {
    const code = generate(text);
    let d = '';
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
    return { size: code.size, d };
  } catch {
    return null;
  }
}
