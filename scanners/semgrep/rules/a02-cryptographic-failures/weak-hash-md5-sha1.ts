import * as crypto from "crypto";
import { createHash } from "node:crypto";

export function digests(data: string, key: string) {
  // ruleid: weak-hash-md5-sha1
  const a = crypto.createHash("md5").update(data).digest("hex");
  // ruleid: weak-hash-md5-sha1
  const b = createHash("sha1").update(data).digest("hex");
  // ruleid: weak-hash-md5-sha1
  const c = crypto.createHmac("md5", key).update(data).digest("hex");
  // ok: weak-hash-md5-sha1
  const d = crypto.createHash("sha256").update(data).digest("hex");
  // ok: weak-hash-md5-sha1
  const e = crypto.createHmac("sha512", key).update(data).digest("hex");
  // ok: weak-hash-md5-sha1
  const f = crypto.createHash("sha3-256").update(data).digest("hex");
  return [a, b, c, d, e, f];
}
