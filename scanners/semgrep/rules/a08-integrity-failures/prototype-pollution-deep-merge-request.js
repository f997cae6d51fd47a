// Test cases for prototype-pollution-deep-merge-request.
const _ = require("lodash");
const $ = require("jquery");

app.post("/chat", (req, res) => {
  const message = { icon: "👋" };
  // ruleid: prototype-pollution-deep-merge-request
  _.merge(message, req.body.message, { id: 1, timestamp: Date.now() });
  res.json(message);
});

app.put("/settings", function (req, res) {
  const settings = loadSettings();
  const patch = req.body;
  // ruleid: prototype-pollution-deep-merge-request
  _.defaultsDeep(settings, patch);
  // ruleid: prototype-pollution-deep-merge-request
  $.extend(true, settings, req.query);
  // ruleid: prototype-pollution-deep-merge-request
  _.set(settings, req.body.path, req.body.value);
  res.sendStatus(204);
});

app.post("/profile", async ({ body }, res) => {
  // ruleid: prototype-pollution-deep-merge-request
  const merged = deepmerge(defaults, body);
  res.json(merged);
});

app.post("/ok", (req, res) => {
  // ok: prototype-pollution-deep-merge-request
  const shallow = Object.assign({}, req.body);
  // ok: prototype-pollution-deep-merge-request
  _.merge(shallow, { fixed: true });
  // ok: prototype-pollution-deep-merge-request
  _.set(shallow, "meta.updatedBy", req.body.user);
  // ok: prototype-pollution-deep-merge-request
  _.merge(config, schema.parse(req.body));
  res.json({ ...req.body, ok: true });
});

const { set } = require("lodash");
app.post("/imported", (req, res) => {
  const target = {};
  // ruleid: prototype-pollution-deep-merge-request
  set(target, req.body.path, req.body.value);
  res.json(target);
});
