import express from "express";
import { evaluate } from "mathjs";
const mathjs = require("mathjs");
const app = express();

app.post("/calc", (req, res) => {
  // ruleid: mathjs-eval-request-data
  res.json({ output: mathjs.eval(req.body.eqn) });
});
app.post("/calc2", (req, res) => {
  const expr = String(req.query.expr);
  // ruleid: mathjs-eval-request-data
  res.json({ output: evaluate(expr) });
});
app.post("/calc3", (req, res) => {
  // ruleid: mathjs-eval-request-data
  const node = mathjs.compile(req.body.formula);
  res.json({ output: node.evaluate() });
});
app.get("/ok", (req, res) => {
  // ok: mathjs-eval-request-data
  const two = mathjs.evaluate("1 + 1");
  // ok: mathjs-eval-request-data
  const n = Number.parseFloat(req.body.value);
  // ok: mathjs-eval-request-data
  const parsed = JSON.parse(req.body.json);
  res.json({ two, n, parsed });
});
