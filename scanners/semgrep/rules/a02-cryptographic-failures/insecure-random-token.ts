export function generateResetToken(): string {
  // ruleid: insecure-random-token
  return Math.random().toString(36).slice(2);
}
// ruleid: insecure-random-token
const sessionId = Math.floor(Math.random() * 1e16).toString(16);
// ruleid: insecure-random-token
export const user = { apiKey: Math.random().toString(36) };
// ruleid: insecure-random-token
export const makeOtp = () => String(Math.floor(Math.random() * 1e6)).padStart(6, "0");

export function retryDelayMs(attempt: number): number {
  // ok: insecure-random-token
  return 2 ** attempt * 100 + Math.random() * 50;
}
// ok: insecure-random-token
const jitter = Math.random() * 1000;
// ok: insecure-random-token
export const token = require("crypto").randomBytes(32).toString("base64url");
export { sessionId, jitter };
