// Test target for password-stored-plaintext.
const express = require("express");
const bcrypt = require("bcrypt");
const crypto = require("crypto");
const router = express.Router();

// --- Single-file app: the model is defined in this file, with no hashing hook ------

const mongoose = require("mongoose");
const MemberSchema = new mongoose.Schema({ login: String, password: String });
const Member = mongoose.model("Member", MemberSchema);

router.post("/members", async (req, res) => {
  const { login, password } = req.body;
  // ruleid: password-stored-plaintext
  const member = new Member({ login, password });
  await member.save();
  res.status(201).end();
});

router.post("/members/bulk", async (req, res) => {
  // ruleid: password-stored-plaintext
  await Member.create({ login: req.body.login, password: req.body.password });
  res.status(201).end();
});

// Same file, a second model hashed by a pre('save') hook: ok.
const StaffSchema = new mongoose.Schema({ login: String, password: String });
StaffSchema.pre("save", async function () {
  if (this.isModified("password")) this.password = await bcrypt.hash(this.password, 12);
});
const Staff = mongoose.model("Staff", StaffSchema);

router.post("/staff", async (req, res) => {
  const { login, password } = req.body;
  // ok: password-stored-plaintext
  await new Staff({ login, password }).save();
  res.status(201).end();
});

// --- MongoDB driver DAO (NodeGoat style) ----------------------------------------

function UserDAO(db) {
  const usersCol = db.collection("users");

  this.addUser = (userName, firstName, lastName, password, email, callback) => {
    const user = {
      userName,
      firstName,
      lastName,
      // ruleid: password-stored-plaintext
      password, // received from request param
    };
    if (email) {
      user.email = email;
    }
    this.getNextSequence("userId", (err, id) => {
      user._id = id;
      usersCol.insert(user, (err, result) => (!err ? callback(null, result.ops[0]) : callback(err, null)));
    });
  };

  this.validateLogin = (userName, password, callback) => {
    const comparePassword = (fromDB, fromUser) => {
      // ruleid: password-stored-plaintext
      return fromDB === fromUser;
    };
    usersCol.findOne({ userName }, (err, user) => callback(err, user && comparePassword(password, user.password)));
  };

  this.setPassword = function (userId, newPassword, callback) {
    // ruleid: password-stored-plaintext
    usersCol.updateOne({ _id: userId }, { $set: { password: newPassword } }, callback);
  };
}

// --- Route handlers with the native driver -----------------------------------------

router.post("/signup", async (req, res) => {
  const { email, password } = req.body;
  // ruleid: password-stored-plaintext
  await req.app.locals.db.collection("users").insertOne({ email, password, createdAt: new Date() });
  res.redirect("/login");
});

router.post("/signup-knex", async (req, res) => {
  // ruleid: password-stored-plaintext
  await knex("users").insert({ login: req.body.login, pwd: req.body.pwd });
  res.sendStatus(201);
});

router.post("/signup-sql", (req, res) => {
  const login = req.body.login;
  const motDePasse = req.body.motDePasse;
  // ruleid: password-stored-plaintext
  pool.query("INSERT INTO utilisateurs (login, mot_de_passe) VALUES ($1, $2)", [login, motDePasse]);
  res.sendStatus(201);
});

class AccountRepository {
  constructor(db) {
    this.accounts = db.collection("accounts");
  }
  async create(login, passwd) {
    const doc = { login };
    // ruleid: password-stored-plaintext
    doc.passwd = passwd;
    return this.accounts.insertOne(doc);
  }
}

// --- Hashed before the write: ok -------------------------------------------------

router.post("/signup-hashed", async (req, res) => {
  const { email, password } = req.body;
  const hash = await bcrypt.hash(password, 12);
  // ok: password-stored-plaintext
  await req.app.locals.db.collection("users").insertOne({ email, password: hash });
  res.redirect("/login");
});

function addUserHashed(users, userName, password, callback) {
  bcrypt.hash(password, 12, function (err, hashed) {
    // ok: password-stored-plaintext
    users.insertOne({ userName, password: hashed }, callback);
  });
}

async function addUserScrypt(usersCollection, login, password) {
  const salt = crypto.randomBytes(16);
  const derived = crypto.scryptSync(password, salt, 64);
  // ok: password-stored-plaintext
  await usersCollection.insertOne({ login, password: derived.toString("hex"), salt: salt.toString("hex") });
}

async function addUserHelper(usersCol, login, password) {
  const user = { login, password };
  user.password = await hashPassword(password);
  // ok: password-stored-plaintext
  await usersCol.insertOne(user);
}

function saveHashed(usersCol, login, passwordHash) {
  // ok: password-stored-plaintext
  return usersCol.insertOne({ login, password: passwordHash });
}

// --- Not a password from the outside: ok -----------------------------------------------

async function seedAdmin(usersCol) {
  // ok: password-stored-plaintext
  await usersCol.insertOne({ login: "admin", password: process.env.ADMIN_PASSWORD_HASH });
}

router.post("/profile", async (req, res) => {
  const { firstName, lastName } = req.body;
  // ok: password-stored-plaintext
  await db.collection("users").updateOne({ _id: req.session.userId }, { $set: { firstName, lastName } });
  res.redirect("/profile");
});

// A service layer hashes inside: the controller passes the raw password on.
router.post("/register", async (req, res) => {
  const { email, password } = req.body;
  // ok: password-stored-plaintext
  const user = await userService.create({ email, password });
  res.status(201).json({ id: user.id });
});

// A Mongoose model defined in another file (a pre('save') hook may hash it there).
router.post("/register-mongoose", async (req, res) => {
  const { email, password } = req.body;
  // ok: password-stored-plaintext
  const user = new User({ email, password });
  await user.save();
  res.status(201).end();
});

// --- Comparisons ---------------------------------------------------------------------

function checkPassword(candidate, stored) {
  // ruleid: password-stored-plaintext
  return candidate == stored;
}

const auth = {
  verifyPassword(user, input) {
    // ruleid: password-stored-plaintext
    return user.password === input;
  },
};

function comparePasswordHashed(candidate, stored) {
  // ok: password-stored-plaintext
  return bcrypt.compareSync(candidate, stored) === true;
}

function validatePassword(input, user) {
  const derived = crypto.pbkdf2Sync(input, user.salt, 600000, 64, "sha512").toString("hex");
  // ok: password-stored-plaintext
  return derived === user.hash;
}

function checkPasswordConfirmation(password, confirmation) {
  // ok: password-stored-plaintext
  return password.length >= 12;
}

function compareOrders(a, b) {
  // ok: password-stored-plaintext
  return a.id === b.id;
}


// --- More look-alikes ----------------------------------------------------------------

// ruleid: password-stored-plaintext
const isSamePassword = (candidate, stored) => candidate === stored;

function checkPasswordStrength(password) {
  const score = zxcvbn(password).score;
  // ok: password-stored-plaintext
  return score === 4;
}

function validatePasswordType(password) {
  // ok: password-stored-plaintext
  return typeof password === "string";
}

async function saveSmtpSettings(settingsCol, host, user, pass) {
  // ok: password-stored-plaintext
  await settingsCol.insertOne({ host, smtp: { user, pass } });
}

router.post("/signup-sequelize", async (req, res) => {
  const { login, password } = req.body;
  // ok: password-stored-plaintext
  const user = await db.User.create({ login, password });
  res.status(201).json({ id: user.id });
});

router.post("/password-quoted-set", (req, res) => {
  // ruleid: password-stored-plaintext
  req.db.collection("users").updateOne({ _id: req.session.userId }, { "$set": { password: req.body.password } });
  res.redirect("/");
});

function updateAccount(usersCol, id, name, password) {
  const changes = {};
  if (name) changes.name = name;
  if (password) {
    // ruleid: password-stored-plaintext
    changes.password = password;
  }
  return usersCol.updateOne({ _id: id }, { $set: changes });
}

MemberSchema.methods.comparePassword = function (candidate) {
  // ruleid: password-stored-plaintext
  return candidate === this.password;
};

// The value under another name.
function storeCredentials(credentialsCol, login, pw) {
  return credentialsCol.insertOne({
    login,
    // ruleid: password-stored-plaintext
    password: pw,
  });
}

module.exports = { UserDAO, router, AccountRepository };
