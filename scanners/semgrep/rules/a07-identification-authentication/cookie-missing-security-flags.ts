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
