import vm from "node:vm";
import express from "express";
const app = express();

app.post("/calc", (req, res) => {
  // ruleid: vm-code-injection
  const out = vm.runInNewContext(req.body.formula, { Math });
  res.json({ out });
});
app.post("/calc2", (req, res) => {
  const code = `(${req.query.expr})`;
  // ruleid: vm-code-injection
  const script = new vm.Script(code);
  res.json({ out: script.runInThisContext() });
});
app.get("/ok", (_req, res) => {
  // ok: vm-code-injection
  const out = vm.runInNewContext("1 + 1");
  res.json({ out });
});
