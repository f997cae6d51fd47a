// Test target for rate-limit-key-from-forwarded-header.
import rateLimit from "express-rate-limit";

export const resetLimiter = rateLimit({
  windowMs: 5 * 60 * 1000,
  max: 100,
  // ruleid: rate-limit-key-from-forwarded-header
  keyGenerator({ headers, ip }: { headers: Record<string, string>; ip: string }) { return headers['X-Forwarded-For'] ?? ip; },
});

export const loginLimiter = rateLimit({
  windowMs: 60_000,
  limit: 10,
  // ruleid: rate-limit-key-from-forwarded-header
  keyGenerator: (req: { header(n: string): string }) => req.header("x-real-ip"),
});

// ok: rate-limit-key-from-forwarded-header
export const ipLimiter = rateLimit({ windowMs: 60_000, limit: 10, keyGenerator: (req: { ip: string }) => req.ip });
// ok: rate-limit-key-from-forwarded-header
export const userLimiter = rateLimit({ windowMs: 60_000, limit: 10, keyGenerator: (req: { body: { email: string } }) => req.body.email });
