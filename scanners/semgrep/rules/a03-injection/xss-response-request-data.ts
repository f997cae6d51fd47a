import express from "express";
import escapeHtml from "escape-html";
const app = express();

app.get("/hello", (req, res) => {
  // ruleid: xss-response-request-data
  res.send(`<h1>Bonjour ${req.query.name}</h1>`);
});
app.get("/ward", (req, res) => {
  const ward = req.params.ward;
  // ruleid: xss-response-request-data
  res.status(404).send("Service inconnu : " + ward);
});
app.post("/echo", (req, res) => {
  // ruleid: xss-response-request-data
  res.write(req.body.comment);
  res.end();
});
app.get("/safe", (req, res) => {
  // ok: xss-response-request-data
  res.send(`<h1>Bonjour ${escapeHtml(String(req.query.name))}</h1>`);
  // ok: xss-response-request-data
  res.json({ name: req.query.name });
});
app.get("/static", (_req, res) => {
  // ok: xss-response-request-data
  res.send("<h1>Bonjour</h1>");
});
