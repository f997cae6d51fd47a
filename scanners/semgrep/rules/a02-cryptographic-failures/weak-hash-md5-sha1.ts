import * as crypto from "crypto";
import { createHash } from "node:crypto";
import md5 from "md5";
import CryptoJS from "crypto-js";
import sha256 from "crypto-js/sha256";
const sha1 = require("sha1");

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

export function packages(password: string) {
  // ruleid: weak-hash-md5-sha1
  const a = md5(password);
  // ruleid: weak-hash-md5-sha1
  const b = sha1(password);
  // ruleid: weak-hash-md5-sha1
  const c = require("md5")(password);
  // ruleid: weak-hash-md5-sha1
  const d = CryptoJS.MD5(password).toString();
  // ruleid: weak-hash-md5-sha1
  const e = CryptoJS.HmacSHA1(password, "k").toString();
  // ok: weak-hash-md5-sha1
  const f = CryptoJS.SHA256(password).toString();
  // ok: weak-hash-md5-sha1
  const g = sha256(password).toString();
  return [a, b, c, d, e, f, g];
}
