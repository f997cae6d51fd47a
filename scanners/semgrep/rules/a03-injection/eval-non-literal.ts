export function handler(req: any, payload: string) {
  // ruleid: eval-non-literal
  eval(req.query.expr);
  // ruleid: eval-non-literal
  eval(atob(payload));
  // ruleid: eval-non-literal
  const f = new Function("a", req.body.code);
  // ruleid: eval-non-literal
  setTimeout("update(" + req.query.id + ")", 10);
  // ok: eval-non-literal
  eval("1 + 1");
  // ok: eval-non-literal
  const g = new Function("a", "b", "return a + b");
  // ok: eval-non-literal
  setTimeout(() => f(payload), 10);
  // ok: eval-non-literal
  JSON.parse(payload);
  // ok: eval-non-literal
  setInterval(function () {
    document.title = payload + " notifications";
  }, 1000);
  // ok: eval-non-literal
  setTimeout(() => {
    console.log(payload + " done");
  }, 10);
  // ok: eval-non-literal
  setTimeout(async function tick() { await fetch(payload + "/ping"); }, 5);
  // ruleid: eval-non-literal
  setInterval(`refresh(${payload})`, 1000);
  return g;
}
