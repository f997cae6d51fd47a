import express from "express";
import helmet from "helmet";

export function plain() {
  // ruleid: express-x-powered-by-enabled
  const app = express();
  app.get("/", (_req, res) => res.send("ok"));
  return app;
}
export function hardened() {
  // ok: express-x-powered-by-enabled
  const app = express();
  app.use(helmet());
  return app;
}
export function disabled() {
  // ok: express-x-powered-by-enabled
  const app = express();
  app.disable("x-powered-by");
  return app;
}
export function served() {
  // ruleid: express-x-powered-by-enabled
  const app = express();
  app.listen(8080);
}
export function strayInRouterFile() {
  // ok: express-x-powered-by-enabled
  const app = express();
  const router = express.Router();
  router.get("/", (_req, res) => res.send(String(app.locals.title)));
  return router;
}
