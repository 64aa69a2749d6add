import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The SHA-256 of a text's UTF-8 bytes, in lowercase hex: the key under which a browser
 * keeps a large source and the check that a text is the one a map was made against.
 * Synchronous (unlike Web Crypto), so the loader can use it in every host.
 */
export function textHash(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

export const HASH_PATTERN = /^[0-9a-f]{64}$/;
