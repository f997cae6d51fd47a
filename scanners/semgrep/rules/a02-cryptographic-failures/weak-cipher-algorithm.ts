import * as crypto from "crypto";

export function encrypt(key: Buffer, iv: Buffer, data: string, password: string) {
  // ruleid: weak-cipher-algorithm
  const a = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: weak-cipher-algorithm
  const b = crypto.createCipheriv("aes-128-ecb", key, null);
  // ruleid: weak-cipher-algorithm
  const c = crypto.createCipheriv("rc4", key, null);
  // ruleid: weak-cipher-algorithm
  const d = crypto.createDecipheriv("bf-cbc", key, iv);
  // ruleid: weak-cipher-algorithm
  const e = (crypto as any).createCipher("aes-256-cbc", password);
  // ok: weak-cipher-algorithm
  const f = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: weak-cipher-algorithm
  const g = crypto.createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
  return [a, b, c, d, e, f, g, data];
}
