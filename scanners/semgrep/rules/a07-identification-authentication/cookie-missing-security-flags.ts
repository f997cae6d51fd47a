import express from "express";
import session from "express-session";
const app = express();
declare const opts: express.CookieOptions;

app.post("/login", (_req, res) => {
  // ruleid: cookie-missing-security-flags
  res.cookie("sid", "abc");
  // ruleid: cookie-missing-security-flags
  res.cookie("sid", "abc", { httpOnly: true });
  // ruleid: cookie-missing-security-flags
  res.cookie("sid", "abc", { secure: false, httpOnly: true });
  // ok: cookie-missing-security-flags
  res.cookie("sid", "abc", { secure: true, httpOnly: true, sameSite: "strict" });
  // ok: cookie-missing-security-flags
  res.cookie("sid", "abc", { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV !== "development" });
  // ok: cookie-missing-security-flags
  res.cookie("sid", "abc", opts);
  res.end();
});
// ruleid: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: false } }));
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true, httpOnly: true } }));

const cookieOptions = { secure: false, httpOnly: true, sameSite: "lax" as const };
const sessionCookie = { httpOnly: false, secure: true };
const sessionOptions = { secret: process.env.SESSION_SECRET!, cookie: { secure: false } };
const goodOptions = { secure: true, httpOnly: true, sameSite: "strict" as const };
app.get("/remember", (_req, res) => {
  // ruleid: cookie-missing-security-flags
  res.cookie("remember", "1", cookieOptions);
  // ok: cookie-missing-security-flags
  res.cookie("remember", "1", goodOptions);
  res.end();
});
// ruleid: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: sessionCookie }));
// ruleid: cookie-missing-security-flags
app.use(session(sessionOptions));
