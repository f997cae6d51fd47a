import * as crypto from "crypto";
import CryptoJS from "crypto-js";
import md5 from "md5";
import argon2 from "argon2";

export async function store(req: any, key: Buffer, iv: Buffer, data: string) {
  // ruleid: password-hash-fast-or-reversible
  const a = crypto.createHash("sha256").update(req.body.password).digest("hex");
  const h = crypto.createHash("sha512");
  // ruleid: password-hash-fast-or-reversible
  h.update(req.body.motDePasse);
  // ruleid: password-hash-fast-or-reversible
  const b = md5(req.body.password);
  // ruleid: password-hash-fast-or-reversible
  const c = CryptoJS.SHA256(req.body.newPassword).toString();
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ruleid: password-hash-fast-or-reversible
  const d = cipher.update(req.body.password, "utf8", "hex");
  // ok: password-hash-fast-or-reversible
  const e = await argon2.hash(req.body.password, { type: argon2.argon2id });
  // ok: password-hash-fast-or-reversible
  const f = crypto.createHash("sha256").update(data).digest("hex");
  // ok: password-hash-fast-or-reversible
  const g = crypto.scryptSync(req.body.password, crypto.randomBytes(16), 64);
  return [a, b, c, d, e, f, g];
}
