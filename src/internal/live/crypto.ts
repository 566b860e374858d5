/**
 * End-to-end encryption of a live room's values (issue 15): AES-GCM 256 from WebCrypto, a fresh
 * 12-byte IV per value, and the map key as additional data, so a server that moves a ciphertext
 * to another key makes it fail instead of showing it in the wrong place. The key never leaves the
 * browser: it travels in the join link's fragment, which no browser sends to a server.
 */

/** A ciphertext in the room: the format's version, then base64url(iv ‖ AES-GCM output). */
const PREFIX = 'v1.';
const IV_BYTES = 12;

/** A value that does not open with this key: a wrong key, or changed on the way. */
export class LiveDecryptError extends Error {
  override name = 'LiveDecryptError';
  constructor(readonly mapKey: string, readonly reason: 'format' | 'key-or-tampered' | 'json') {
    super(`ken-je-kracht: the live value "${mapKey}" could not be opened (${reason}).`);
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole picture's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const random = (n: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(n)));

/** A new room: 128 random bits for its id, 256 for its key, both base64url (22 and 43 characters). */
export function newRoom(): { room: string; key: string } {
  return { room: random(16), key: random(32) };
}

/** The room key from a join link; not extractable, so no script can read it back out of the page. */
export async function importKey(b64url: string): Promise<CryptoKey> {
  const raw = fromBase64Url(b64url);
  if (raw.length !== 32) throw new Error('ken-je-kracht: a live key has 32 bytes.');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

const encoder = new TextEncoder();

export async function encryptValue(key: CryptoKey, mapKey: string, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(value));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(mapKey) }, key, plain));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return PREFIX + toBase64Url(out);
}

/** The value stored under `mapKey`; throws LiveDecryptError when it does not open. */
export async function decryptValue(key: CryptoKey, mapKey: string, text: unknown): Promise<unknown> {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) throw new LiveDecryptError(mapKey, 'format');
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64Url(text.slice(PREFIX.length));
  } catch {
    throw new LiveDecryptError(mapKey, 'format');
  }
  // The IV and at least GCM's 16-byte tag.
  if (bytes.length < IV_BYTES + 16) throw new LiveDecryptError(mapKey, 'format');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: encoder.encode(mapKey) },
      key,
      bytes.subarray(IV_BYTES),
    );
  } catch {
    throw new LiveDecryptError(mapKey, 'key-or-tampered');
  }
  try {
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new LiveDecryptError(mapKey, 'json');
  }
}
