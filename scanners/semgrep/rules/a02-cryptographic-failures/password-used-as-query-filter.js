// Test cases for password-used-as-query-filter.

exports.loginHandler = function (req, res, next) {
  // ruleid: password-used-as-query-filter
  User.find({ username: req.body.username, password: req.body.password }, function (err, users) {
    if (users.length > 0) return res.redirect("/admin");
    res.status(401).send();
  });
};

async function login(username, password) {
  // ruleid: password-used-as-query-filter
  return db.users.findOne({ where: { login: username, pwd: password } });
}

async function loginOk(username, password) {
  // ok: password-used-as-query-filter
  const user = await User.findOne({ username });
  return user && (await argon2.verify(user.passwordHash, password));
}

async function legacy(username, password) {
  // ok: password-used-as-query-filter
  return User.findOne({ username, password: sha256(password) });
}

async function byHash(username, passwordHash) {
  // ok: password-used-as-query-filter
  return User.findOne({ username, password: passwordHash });
}
