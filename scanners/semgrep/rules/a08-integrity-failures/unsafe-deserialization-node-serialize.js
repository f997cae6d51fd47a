const serialize = require("node-serialize");

function restore(req, res) {
  // ruleid: unsafe-deserialization-node-serialize
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, "base64").toString());
  // ok: unsafe-deserialization-node-serialize
  const safe = JSON.parse(Buffer.from(req.cookies.profile, "base64").toString());
  // ok: unsafe-deserialization-node-serialize
  const text = serialize.serialize({ a: 1 });
  res.json({ profile, safe, text });
}
module.exports = { restore };
