import express from "express";
const app = express();

app.get("/info", (_req, res) => {
  const result = {
    title: process.title,
    // ruleid: process-env-in-response
    env: process.env,
    mode: process.env.NODE_ENV,
  };
  res.json(result);
});
app.get("/debug", (_req, res) => {
  // ruleid: process-env-in-response
  res.send({ env: process.env });
});
app.get("/version", (_req, res) => {
  // ok: process-env-in-response
  res.json({ version: process.version, mode: process.env.NODE_ENV });
});
app.get("/ok", (_req, res) => {
  const info = { node: process.version };
  // ok: process-env-in-response
  res.json(info);
});
