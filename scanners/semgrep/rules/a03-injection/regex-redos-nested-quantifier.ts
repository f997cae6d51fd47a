import express from "express";
const app = express();
app.use(express.json());

// Module-level patterns shared by several handlers.
const EMAIL_RE = /^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+.)+([a-zA-Z0-9]{2,4})+$/;
const SAFE_CODE_RE = /^[A-Z]{2}[0-9]{6}$/;

app.post("/profile", (req, res) => {
  const { bankRouting, firstName } = req.body;
  const regexPattern = /([0-9]+)+\#/;
  // ruleid: regex-redos-nested-quantifier
  const ok = regexPattern.test(bankRouting);
  // ruleid: regex-redos-nested-quantifier
  if (/(\w+\s?)*$/.test(firstName)) res.status(400);
  res.json({ ok });
});

app.get("/search", (req, res) => {
  const q = String(req.query.q);
  // ruleid: regex-redos-nested-quantifier
  const words = q.match(/(a+)+$/);
  // ruleid: regex-redos-nested-quantifier
  const cleaned = q.replace(/(.*)*x/g, "");
  // ruleid: regex-redos-nested-quantifier
  const parts = req.query.path.split(/(a|aa)+/);
  // ruleid: regex-redos-nested-quantifier
  const pos = req.params.id.search(/(\d|\w)+-/);
  res.json({ words, cleaned, parts, pos });
});

app.post("/register", (req, res) => {
  // ruleid: regex-redos-nested-quantifier
  if (!EMAIL_RE.test(req.body.email)) return res.status(400).end();
  const re = new RegExp("^(\\w+\\s?)*$");
  // ruleid: regex-redos-nested-quantifier
  const m = re.exec(req.body.name);
  // ruleid: regex-redos-nested-quantifier
  const n = new RegExp("([a-z]+)*@").test(req.body.alias);
  res.json({ m, n });
});

app.post("/safe", (req, res) => {
  const { code, phone, host } = req.body;
  // ok: regex-redos-nested-quantifier
  const a = /^[a-z0-9]+$/.test(code);
  // ok: regex-redos-nested-quantifier
  const b = phone.match(/(\d{3})-(\d{4})/);
  // ok: regex-redos-nested-quantifier
  const c = SAFE_CODE_RE.test(code);
  // ok: regex-redos-nested-quantifier
  const d = /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host);
  // ok: regex-redos-nested-quantifier
  const e = /^(GET|POST|PUT)+$/.test(req.body.method);
  // ok: regex-redos-nested-quantifier
  const f = /^(\d{1,3}\.){3}\d{1,3}$/.test(req.body.ip);
  // ok: regex-redos-nested-quantifier
  const g = String(req.body.text).replace(/[\r\n]+/g, " ");
  // ok: regex-redos-nested-quantifier
  const h = req.body.glob.replace(/(^|[^\\]+)(\\\*)+/g, "$1*");
  // ok: regex-redos-nested-quantifier
  const i = /^[^#]*(?:#((?:.|[\n\r])*))?$/.exec(req.body.url);
  // ok: regex-redos-nested-quantifier
  const j = new RegExp("^(\\d+\\.)*\\d+$").test(req.body.version);
  res.json({ a, b, c, d, e, f, g, h, i, j });
});

// A dangerous pattern on constant data is not reachable by an attacker.
export function normalise(): string {
  // ok: regex-redos-nested-quantifier
  return "aaaa".replace(/(a+)+$/, "");
}

// The repeated element is itself a group: ([a-zA-Z0-9]+) after an optional separator (cr0hn vulnerable-node).
app.post("/buy", (req, res) => {
  const re = /^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/;
  // ruleid: regex-redos-nested-quantifier
  if (!re.test(req.body.mail)) res.status(400);
  // A mandatory separator keeps the repetitions apart.
  // ok: regex-redos-nested-quantifier
  const dashed = /^[a-z]+(-([a-z0-9]+))*$/.test(req.body.slug);
  res.json({ dashed });
});
