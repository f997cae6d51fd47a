import express from "express";
import rateLimit from "express-rate-limit";
declare const login: any, register: any, resetPassword: any, verifyOtp: any, logout: any, search: any;

const app = express();
const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ruleid: login-route-without-rate-limit
app.post("/rest/user/login", login());
// ruleid: login-route-without-rate-limit
router.post("/auth/register", express.json(), register);
// ruleid: login-route-without-rate-limit
app.post("/api/2fa/verify", verifyOtp);

// ok: login-route-without-rate-limit
app.post("/api/login", loginLimiter, login());
// ok: login-route-without-rate-limit
app.post("/api/otp", rateLimit({ windowMs: 60_000, limit: 5 }), verifyOtp);
app.use("/rest/user/reset-password", rateLimit({ windowMs: 300_000, limit: 100 }));
// ok: login-route-without-rate-limit
app.post("/rest/user/reset-password", resetPassword());
// ok: login-route-without-rate-limit
app.post("/api/logout", logout);
// ok: login-route-without-rate-limit
app.get("/login", (req: any, res: any) => res.render("login"));
// ok: login-route-without-rate-limit
app.post("/api/search", search);
