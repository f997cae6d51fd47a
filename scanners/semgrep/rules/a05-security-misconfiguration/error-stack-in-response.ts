import express from "express";
const app = express();
declare const logger: { error(...a: unknown[]): void };

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  // ruleid: error-stack-in-response
  res.status(500).json({ message: err.message, stack: err.stack });
});
app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  // ruleid: error-stack-in-response
  res.send(`<pre>${err.stack}</pre>`);
});
app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  // ok: error-stack-in-response
  logger.error(err.stack);
  // ok: error-stack-in-response
  res.status(500).json({ error: "Erreur interne" });
});
