// Test target for user-record-in-response: whole user rows sent to the client.
const express = require("express");
const db = require("../models");
const User = require("../models/user");
const router = express.Router();

// --- Sequelize ---------------------------------------------------------------

router.get("/api/users", function (req, res) {
  db.User.findAll({}).then((users) => {
    // ruleid: user-record-in-response
    res.status(200).json({ success: true, users: users });
  });
});

router.get("/api/users/short", (req, res) => {
  // ruleid: user-record-in-response
  db.User.findAll().then((users) => res.json(users));
});

router.get("/api/users/:id", async (req, res) => {
  const user = await db.User.findByPk(req.params.id, { include: [db.Role] });
  if (!user) return res.status(404).json({ error: "not found" });
  // ruleid: user-record-in-response
  res.json(user);
});

router.get("/api/members", async (req, res) => {
  const { count, rows } = await db.Member.findAndCountAll({ limit: 10 });
  const members = await db.Member.findAll({ where: { active: true } });
  // ruleid: user-record-in-response
  res.send({ count, data: { members } });
});

router.get("/api/accounts", async (req, res) => {
  // ruleid: user-record-in-response
  res.json(await Account.findAll({ where: { tenantId: req.user.tenantId } }));
});

router.get("/api/users/safe", async (req, res) => {
  const users = await db.User.findAll({ attributes: ["id", "login", "email"] });
  // ok: user-record-in-response
  res.json({ users });
});

router.get("/api/users/safe2", async (req, res) => {
  const user = await db.User.findByPk(req.params.id, { attributes: { exclude: ["password"] } });
  // ok: user-record-in-response
  res.json(user);
});

router.get("/api/users/safe3", (req, res) => {
  db.User.findOne({ where: { id: req.params.id }, attributes: ["id", "name"] }).then(function (user) {
    // ok: user-record-in-response
    res.json(user);
  });
});

// --- Mongoose ----------------------------------------------------------------

router.get("/me", async (req, res) => {
  const user = await User.findById(req.session.userId).populate("roles").lean();
  // ruleid: user-record-in-response
  res.json({ ...user, token: req.session.token });
});

router.post("/login", async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  const token = sign(user.id);
  // ruleid: user-record-in-response
  return res.json({ token, user });
});

router.get("/profile", async (req, res) => {
  const user = await User.findOne({ _id: req.user.id }).exec();
  // ruleid: user-record-in-response
  res.status(200).send(user.toObject());
});

router.get("/customers", function (req, res) {
  Customer.find({}, function (err, customers) {
    if (err) return res.status(500).send("error");
    // ruleid: user-record-in-response
    res.json(customers);
  });
});

router.get("/users-exec", function (req, res) {
  User.find({ active: true }).sort({ name: 1 }).exec((err, users) => {
    // ruleid: user-record-in-response
    res.send(users);
  });
});

router.get("/me/safe", async (req, res) => {
  const user = await User.findById(req.session.userId).select("-password -resetToken");
  // ok: user-record-in-response
  res.json(user);
});

router.get("/me/projection", async (req, res) => {
  const user = await User.findById(req.session.userId, "name email");
  // ok: user-record-in-response
  res.json(user);
});

router.get("/me/fields", async (req, res) => {
  const user = await User.findById(req.session.userId);
  // ok: user-record-in-response
  res.json({ name: user.name, email: user.email });
});

router.get("/me/dto", async (req, res) => {
  const user = await User.findById(req.session.userId);
  // ok: user-record-in-response
  res.json(toPublicProfile(user));
});

router.get("/me/deleted", async (req, res) => {
  const user = (await User.findById(req.session.userId)).toObject();
  const doc = await User.findById(req.session.userId).lean();
  delete doc.password;
  // ok: user-record-in-response
  res.json(doc);
});

router.get("/users/mapped", async (req, res) => {
  let users = await User.find({});
  users = users.map((u) => ({ id: u.id, name: u.name }));
  // ok: user-record-in-response
  res.json({ users });
});

router.get("/users/count", async (req, res) => {
  const users = await User.find({});
  // ok: user-record-in-response
  res.json({ count: users.length });
});

// --- Not a user model --------------------------------------------------------

router.get("/products", async (req, res) => {
  const products = await db.Product.findAll({});
  // ok: user-record-in-response
  res.json({ products });
});

const demoUsers = [{ id: 1, name: "alice" }];
router.get("/demo/:id", (req, res) => {
  const user = demoUsers.find((u) => String(u.id) === req.params.id);
  // ok: user-record-in-response
  res.json(user);
});

router.get("/check", async (req, res) => {
  const ok = await checkPassword(req.body.password, (await User.findOne({ email: req.body.email })).password);
  // ok: user-record-in-response
  res.json({ ok });
});

// --- Prisma / native driver --------------------------------------------------

router.get("/prisma/users", async (req, res) => {
  const users = await prisma.user.findMany({ where: { active: true } });
  // ruleid: user-record-in-response
  res.json(users);
});

router.get("/prisma/users/safe", async (req, res) => {
  const users = await prisma.user.findMany({ select: { id: true, name: true } });
  // ok: user-record-in-response
  res.json(users);
});

router.get("/mongo/users/:id", async (req, res) => {
  const user = await db.collection("users").findOne({ _id: req.params.id });
  // ruleid: user-record-in-response
  res.json(user);
});

router.get("/mongo/users/:id/safe", async (req, res) => {
  const user = await db.collection("users").findOne({ _id: req.params.id }, { projection: { password: 0 } });
  // ok: user-record-in-response
  res.json(user);
});

module.exports = router;
