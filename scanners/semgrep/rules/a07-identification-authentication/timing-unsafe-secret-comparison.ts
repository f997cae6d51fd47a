import { timingSafeEqual } from "crypto";

export function check(req: any, storedToken: string, expectedSignature: string, sig: string, newPassword: string, confirmPassword: string, form: { password: string; password2: string }, user: { password: string }) {
  // ruleid: timing-unsafe-secret-comparison
  if (req.headers["x-api-key"] === process.env.API_KEY && req.body.token === storedToken) return true;
  // ruleid: timing-unsafe-secret-comparison
  if (expectedSignature !== sig) return false;
  // ok: timing-unsafe-secret-comparison
  if (storedToken === undefined) return false;
  // ok: timing-unsafe-secret-comparison
  if (storedToken.length === 0) return false;
  // ok: timing-unsafe-secret-comparison
  if (typeof storedToken === "string") return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.tokenType === "Bearer") return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.password == req.body.cpassword) return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.password !== req.body.passwordConfirmation) return false;
  // ok: timing-unsafe-secret-comparison
  if (newPassword !== confirmPassword) return false;
  // ok: timing-unsafe-secret-comparison
  if (form.password === form.password2) return true;
  // ruleid: timing-unsafe-secret-comparison
  if (req.body.password === user.password) return true;
  // ok: timing-unsafe-secret-comparison
  return timingSafeEqual(Buffer.from(expectedSignature), Buffer.from(sig));
}
