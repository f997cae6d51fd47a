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
const safeEval = require("notevil");
export function b2bOrder() {
  return ({ body }, res) => {
    const lines = body.lines || "";
    const sandbox = { safeEval, lines };
    vm.createContext(sandbox);
    // ruleid: vm-code-injection
    vm.runInContext("safeEval(lines)", sandbox, { timeout: 2000 });
    // ok: vm-code-injection
    vm.runInContext("Math.max(1, 2)", vm.createContext({ Math }));
    res.json({});
  };
}
