import express from "express";
import axios from "axios";
import https from "https";
const app = express();
declare function isAllowedHost(u: string): string;

app.get("/proxy", async (req, res) => {
  // ruleid: ssrf-request-url
  const r = await fetch(String(req.query.url));
  res.send(await r.text());
});
app.post("/webhook-test", async (req, res) => {
  // ruleid: ssrf-request-url
  const r = await axios.get(req.body.callback);
  res.json(r.data);
});
app.get("/img", (req, res) => {
  const target = `https://${req.query.host}/logo.png`;
  // ruleid: ssrf-request-url
  https.get(target, (up) => up.pipe(res));
});
app.get("/ok1", async (req, res) => {
  // ok: ssrf-request-url
  const r = await fetch(isAllowedHost(String(req.query.url)));
  res.send(await r.text());
});
app.get("/ok2", async (_req, res) => {
  // ok: ssrf-request-url
  const r = await fetch("https://api.example.org/status");
  res.send(await r.text());
});
