import {
  ENCRYPTED_FORMAT_VERSION,
  ENCRYPTED_TYPE,
  PBKDF2_ITERATIONS,
  type EncryptedFile,
} from '../schema/exportFile';
import { canonicalJson } from '../domain/checksum';
import { fail, ok, type Result } from '../domain/result';
import type { ExportReadFailure } from '../schema/failures';

/**
 * Passphrase protection of export files, with WebCrypto only (no home-made crypto): a 256-bit
 * AES-GCM key derived from the passphrase by PBKDF2-HMAC-SHA-256 (600,000 iterations by default),
 * a random 16-byte salt and a random 12-byte IV per file. The KDF and cipher parameters are stored
 * in the file and also bound to the ciphertext as AES-GCM additional data, so that changing them
 * (e.g. lowering the iteration count) fails authentication like any other tampering.
 *
 * AES-GCM cannot tell a wrong passphrase from an altered file: both fail the same tag check. The
 * message says so rather than guessing.
 */

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Strict base64: whole groups of four, padding only at the end. */
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes base64, or undefined when the text is not valid base64 (a damaged file). */
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  if (!BASE64_RE.test(text)) return undefined;
  let raw: string;
  try {
    raw = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
};

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const header = (f: Pick<EncryptedFile, 'type' | 'version' | 'kdf' | 'cipher'>) =>
  new TextEncoder().encode(
    canonicalJson({ type: f.type, version: f.version, kdf: f.kdf, cipher: f.cipher }),
  );

/** Shortest passphrase accepted when encrypting. */
export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * Encrypts text with a passphrase: AES-GCM with a key from PBKDF2-SHA-256 (`iterations`, random
 * 16-byte salt and 12-byte IV), returned as the encrypted-file envelope (base64 fields). Throws only
 * when WebCrypto is missing (a bug of the environment).
 */
export async function encryptText(
  plaintext: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const head = {
    type: ENCRYPTED_TYPE,
    version: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header(head) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return { ...head, ciphertext: toBase64(new Uint8Array(sealed)) };
}

/**
 * Decrypts an export's ciphertext. Fails with `export.damaged-encrypted` when its salt, IV or
 * ciphertext is not valid base64 of the right length (no passphrase can open it), and with
 * `export.wrong-passphrase` when authentication failed (a wrong passphrase or an altered file:
 * AES-GCM cannot tell them apart).
 */
export async function decryptText(
  file: EncryptedFile,
  passphrase: string,
): Promise<Result<string, ExportReadFailure>> {
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const ciphertext = fromBase64(file.ciphertext);
  // AES-GCM's tag alone is 16 bytes; the IV written by encryptText is 12 bytes, the salt 16.
  if (!salt || salt.length < 16 || !iv || iv.length !== 12 || !ciphertext || ciphertext.length < 16)
    return fail({ code: 'export.damaged-encrypted' });
  const key = await deriveKey(passphrase, salt, file.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: header(file) },
      key,
      ciphertext,
    );
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return fail({ code: 'export.wrong-passphrase' });
  }
}
