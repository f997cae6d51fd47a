import express from "express";
import winston from "winston";
import log4js from "log4js";
const app = express();
const logger = winston.createLogger({ transports: [new winston.transports.Console({ format: winston.format.simple() })] });
const auditLogger = log4js.getLogger("audit");
declare const userDAO: { validateLogin(u: string, p: string, cb: (err: { noSuchUser?: boolean } | null) => void): void };
declare function sanitizeForLog(s: unknown): string;

app.post("/login", (req, res, next) => {
  const { userName, password } = req.body;
  userDAO.validateLogin(userName, password, (err) => {
    if (err && err.noSuchUser) {
      // ruleid: log-injection-request-data
      console.log("Error: attempt to login with invalid user: ", userName);
      // ruleid: log-injection-request-data
      logger.warn(`login failed for ${userName}`);
      // ruleid: log-injection-request-data
      auditLogger.info("login failed for " + userName + " from " + req.ip);
      return res.status(401).end();
    }
    next();
  });
});
app.get("/search", (req, res) => {
  const term = String(req.query.q);
  // ruleid: log-injection-request-data
  console.info("search: %s", term.trim());
  // ruleid: log-injection-request-data
  console.error("bad page " + req.params.page);
  res.end();
});

// Neutralised, structured or not from the body.
app.post("/login2", (req, res) => {
  const { userName } = req.body;
  // ok: log-injection-request-data
  console.log("login failed: %s", userName.replace(/(\r\n|\r|\n)/g, "_"));
  // ok: log-injection-request-data
  console.log("login failed: %s", String(userName).replace(/[\x00-\x1f\x7f]/g, ""));
  // ok: log-injection-request-data
  console.log("login failed: " + JSON.stringify(userName));
  // ok: log-injection-request-data
  logger.info("login failed: " + encodeURIComponent(userName));
  // ok: log-injection-request-data
  logger.warn("login failed: " + sanitizeForLog(userName));
  // ok: log-injection-request-data
  logger.warn({ user: userName }, "login failed");
  // ok: log-injection-request-data
  console.log(req.body);
  // ok: log-injection-request-data
  console.log("user agent", req.headers["user-agent"]);
  // ok: log-injection-request-data
  console.log("page", parseInt(req.query.page as string, 10));
  // ok: log-injection-request-data
  logger.info("login request received");
  res.end();
});
