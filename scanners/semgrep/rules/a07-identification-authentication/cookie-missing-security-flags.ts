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

// `secure:` present but not provably true.
declare const flags: { keyA: string; keyB: boolean };
declare const config: { cookieSecure: boolean };
declare function isHttps(): boolean;
app.get("/prefs", (req, res) => {
  // ruleid: cookie-missing-security-flags
  res.cookie("a", "1", { secure: flags.keyB, httpOnly: true });
  // ruleid: cookie-missing-security-flags
  res.cookie("b", "1", { secure: 1 != 1, httpOnly: true });
  const list = ["safe", false, "safe"];
  // ruleid: cookie-missing-security-flags
  res.cookie("c", "1", { secure: list[1], httpOnly: true });
  let secureFlag = false;
  if (req.query.force) secureFlag = true;
  // ruleid: cookie-missing-security-flags
  res.cookie("d", "1", { secure: secureFlag, httpOnly: true });
  const off = false;
  // ruleid: cookie-missing-security-flags
  res.cookie("e", "1", { httpOnly: true, secure: off });
  // ok: cookie-missing-security-flags
  res.cookie("f", "1", { secure: 0 == 0, httpOnly: true });
  // ok: cookie-missing-security-flags
  res.cookie("g", "1", { secure: req.secure, httpOnly: true });
  // ok: cookie-missing-security-flags
  res.cookie("h", "1", { secure: config.cookieSecure, httpOnly: true, sameSite: "strict" });
  // ok: cookie-missing-security-flags
  res.cookie("i", "1", { secure: process.env.COOKIE_SECURE === "true", httpOnly: true });
  const on = true;
  // ok: cookie-missing-security-flags
  res.cookie("j", "1", { secure: on, httpOnly: true });
  const isProduction = app.get("env") === "production";
  // ok: cookie-missing-security-flags
  res.cookie("k", "1", { secure: isProduction, httpOnly: true });
  // ok: cookie-missing-security-flags
  res.cookie("l", "1", { secure: isHttps(), httpOnly: true });
  res.end();
});

// express-session written without cookie.secure: its default cookie is not secure.
// ruleid: cookie-missing-security-flags
app.use(session({
  secret: process.env.SESSION_SECRET!,
  saveUninitialized: true,
  resave: true,
}));
// ruleid: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { httpOnly: true, maxAge: 3600_000 } }));
// One finding for an explicit false with httpOnly missing.
// ruleid: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, cookie: { secure: false, httpOnly: false } }));
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: "auto", httpOnly: true } }));
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: process.env.NODE_ENV === "production" } }));
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: app.get("env") === "production" } }));
declare const baseCookie: express.CookieOptions;
declare const baseSession: session.SessionOptions;
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: baseCookie }));
// ok: cookie-missing-security-flags
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { ...baseCookie, maxAge: 60_000 } }));
// ok: cookie-missing-security-flags
app.use(session({ ...baseSession, secret: process.env.SESSION_SECRET! }));
// The README pattern: options in a variable, secure switched on in production.
const sess: session.SessionOptions = { secret: process.env.SESSION_SECRET!, cookie: {} };
if (app.get("env") === "production") {
  app.set("trust proxy", 1);
  sess.cookie!.secure = true;
}
// ok: cookie-missing-security-flags
app.use(session(sess));
