import {
  ENCRYPTED_FORMAT_VERSION,
  ENCRYPTED_TYPE,
  PBKDF2_ITERATIONS,
  type EncryptedFile,
} from '../schema/exportFile';
import { canonicalJson } from '../domain/checksum';
import { fail, ok, type Result } from '../domain/result';
import type { ExportReadFailure } from '../schema/failures';
import { base64ToBytes, bytesToBase64 } from '../domain/base64';

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
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header(head) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return { ...head, ciphertext: bytesToBase64(new Uint8Array(sealed)) };
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
  const salt = base64ToBytes(file.kdf.salt);
  const iv = base64ToBytes(file.cipher.iv);
  const ciphertext = base64ToBytes(file.ciphertext);
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
