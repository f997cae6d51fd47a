const yaml = require("js-yaml");

function importConfig(req, res) {
  // ruleid: js-yaml-load-untrusted
  const doc = yaml.load(req.body.config);
  // ok: js-yaml-load-untrusted
  const safe = yaml.safeLoad(req.body.config);
  // ok: js-yaml-load-untrusted
  const fixed = yaml.load("a: 1");
  res.json({ doc, safe, fixed });
}
module.exports = { importConfig };
