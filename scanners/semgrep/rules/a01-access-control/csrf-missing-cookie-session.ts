import express from "express";
import session from "express-session";
const app = express();

// ruleid: csrf-missing-cookie-session
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, cookie: { secure: true } }));
// ok: csrf-missing-cookie-session
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true, httpOnly: true, sameSite: "strict" } }));
// ok: csrf-missing-cookie-session
app.use(express.json());
