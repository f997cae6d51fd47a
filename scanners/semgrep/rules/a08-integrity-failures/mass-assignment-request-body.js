// Test cases for mass-assignment-request-body.

exports.register = async (req, res) => {
  // ruleid: mass-assignment-request-body
  const user = new User(req.body);
  await user.save();
  res.sendStatus(201);
};

exports.update = async (req, res) => {
  // ruleid: mass-assignment-request-body
  await Account.findByIdAndUpdate(req.params.id, req.body, { new: true });
  // ruleid: mass-assignment-request-body
  await db.Patient.create(req.body);
  const profile = await Profile.findById(req.params.id);
  // ruleid: mass-assignment-request-body
  Object.assign(profile, req.body);
  // ruleid: mass-assignment-request-body
  profile.set(req.body);
  res.sendStatus(204);
};

exports.ok = async (req, res) => {
  const { username, email } = req.body;
  // ok: mass-assignment-request-body
  const user = new User({ username, email });
  // ok: mass-assignment-request-body
  await User.create(req.body, { fields: ["username", "email"] });
  // ok: mass-assignment-request-body
  const params = new URLSearchParams(req.body);
  // ok: mass-assignment-request-body
  const copy = Object.assign({}, defaults);
  res.json({ user, params, copy });
};
