// Test cases for xpath-expression-injection.
const xpath = require("xpath");

exports.getRelease = (req, res) => {
  const uservalue = decodeURI(req.params.release.toString());
  const result = xpath.evaluate(
    // ruleid: xpath-expression-injection
    "//config/*[local-name(.)='release' and //config//release/text()='" + uservalue + "']",
    doc, null, xpath.XPathResult.ANY_TYPE, null,
  );
  // ruleid: xpath-expression-injection
  const user = xmlDoc.get(`//user[name='${req.query.name}']`);
  const q = "/users/user[@id='" + req.params.id + "']";
  // ruleid: xpath-expression-injection
  const nodes = xpath.select(q, doc);
  res.json({ result, user, nodes });
};

exports.ok = (req, res) => {
  // ok: xpath-expression-injection
  const all = xpath.select("//user", doc);
  // ok: xpath-expression-injection
  const setting = config.get(prefix + req.query.key);
  // ok: xpath-expression-injection
  const safe = xpath.select("//user[@id='" + escapeXPath(req.params.id) + "']", doc);
  res.json({ all, setting, safe });
};
