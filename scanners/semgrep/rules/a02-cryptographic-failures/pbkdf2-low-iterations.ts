import * as crypto from "crypto";
import { pbkdf2Sync } from "node:crypto";

export function derive(password: string, salt: Buffer, iterations: number) {
  // ruleid: pbkdf2-low-iterations
  const a = crypto.pbkdf2Sync(password, salt, 10000, 32, "sha256");
  // ruleid: pbkdf2-low-iterations
  const b = pbkdf2Sync(password, salt, 100000, 64, "sha512");
  // ruleid: pbkdf2-low-iterations
  crypto.pbkdf2(password, salt, 1000000, 32, "sha1", () => undefined);
  // ruleid: pbkdf2-low-iterations
  const c = crypto.pbkdf2Sync(password, salt, 5000000, 32, "md5");
  // ok: pbkdf2-low-iterations
  const d = crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");
  // ok: pbkdf2-low-iterations
  const e = crypto.pbkdf2Sync(password, salt, 210000, 64, "sha512");
  // ok: pbkdf2-low-iterations
  const f = crypto.pbkdf2Sync(password, salt, iterations, 32, "sha256");
  return [a, b, c, d, e, f];
}
