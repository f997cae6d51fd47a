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

// A limiter written by hand, keyed on the header.
const rateLimitMap = new Map<string, number[]>();
export const rateLimiter = (options: { max: number }) => {
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    // ruleid: rate-limit-key-from-forwarded-header
    const ip = (req.headers["x-forwarded-for"] as string) || req.socket.remoteAddress || "";
    const hits = rateLimitMap.get(ip) ?? [];
    if (hits.length >= options.max) return res.sendStatus(429);
    rateLimitMap.set(ip, [...hits, Date.now()]);
    next();
  };
};
// A logging helper may read the header: it is no limiter.
export function accessLog(req: express.Request): string {
  // ok: rate-limit-key-from-forwarded-header
  return `${req.headers["x-forwarded-for"] ?? ""} ${req.method} ${req.url}`;
}
