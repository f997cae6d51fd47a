// Test cases for render-locals-from-request.

exports.saveAccount = function (req, res) {
  const profile = req.body;
  profile.lastLogin = new Date();
  // ruleid: render-locals-from-request
  return res.render("account.hbs", profile);
};

exports.search = (req, res) => {
  // ruleid: render-locals-from-request
  res.render("search", req.query);
};

exports.ok = (req, res) => {
  // ok: render-locals-from-request
  res.render("account.hbs", { email: req.body.email, name: req.body.name });
  // ok: render-locals-from-request
  res.render("search", { q: req.query.q });
};
