// Test target for personal-identifier-stored-plaintext.
const express = require("express");
const crypto = require("crypto");
const router = express.Router();

// --- NodeGoat-style profile DAO on the MongoDB driver -------------------------------------

function ProfileDAO(db) {
  const users = db.collection("users");

  this.updateUser = function (userId, firstName, lastName, ssn, dob, address, bankAcc, bankRouting, callback) {
    const user = {};
    if (firstName) {
      user.firstName = firstName;
    }
    if (bankAcc) {
      // ruleid: personal-identifier-stored-plaintext
      user.bankAcc = bankAcc;
    }
    if (bankRouting) {
      user.bankRouting = bankRouting;
    }
    if (ssn) {
      // ruleid: personal-identifier-stored-plaintext
      user.ssn = ssn;
    }
    if (dob) {
      // ruleid: personal-identifier-stored-plaintext
      user.dob = dob;
    }
    users.update({ _id: parseInt(userId) }, { $set: user }, callback);
  };
}

// --- Route handlers ---------------------------------------------------------------------

router.post("/patients", async (req, res) => {
  const { nom, prenom, nir, dateNaissance } = req.body;
  await req.app.locals.db.collection("patients").insertOne({
    nom,
    prenom,
    // ruleid: personal-identifier-stored-plaintext
    nir,
    // ruleid: personal-identifier-stored-plaintext
    dateNaissance,
  });
  res.status(201).end();
});

router.post("/patients/:id/rib", async (req, res) => {
  // ruleid: personal-identifier-stored-plaintext
  await Patient.findByIdAndUpdate(req.params.id, { iban: req.body.iban });
  res.status(204).end();
});

router.post("/members", async (req, res) => {
  const numSecu = req.body.numSecu;
  // ruleid: personal-identifier-stored-plaintext
  const member = new Member({ name: req.body.name, numSecu });
  await member.save();
  res.status(201).end();
});

router.post("/adherents", (req, res) => {
  const { nom, dateOfBirth } = req.body;
  // ruleid: personal-identifier-stored-plaintext
  pool.query("INSERT INTO adherents (nom, date_of_birth) VALUES ($1, $2)", [nom, dateOfBirth]);
  res.status(201).end();
});

// --- Encrypted before the write: ok ---------------------------------------------------------

function encrypt(clear) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, cipher.update(clear, "utf8"), cipher.final(), cipher.getAuthTag()]).toString("base64");
}

router.post("/patients/encrypted", async (req, res) => {
  const { nom, nir } = req.body;
  // ok: personal-identifier-stored-plaintext
  await req.app.locals.db.collection("patients").insertOne({ nom, nir: encrypt(nir) });
  res.status(201).end();
});

async function savePatient(patientsCol, nom, nir, dateNaissance) {
  const sealed = await kms.encrypt({ plaintext: Buffer.from(nir) });
  const doc = { nom, nirChiffre: sealed };
  // ok: personal-identifier-stored-plaintext
  doc.dateNaissance = await vault.encryptField(dateNaissance);
  return patientsCol.insertOne(doc);
}

function saveEncryptedIban(accountsCol, owner, encryptedIban) {
  // ok: personal-identifier-stored-plaintext
  return accountsCol.insertOne({ owner, iban: encryptedIban });
}

// --- Not personal identifiers, or not written: ok --------------------------------------------

router.post("/appointments", async (req, res) => {
  const { patientId, date } = req.body;
  // ok: personal-identifier-stored-plaintext
  await db.collection("appointments").insertOne({ patientId, date, createdAt: new Date() });
  res.status(201).end();
});

router.get("/patients/:id", async (req, res) => {
  const patient = await db.collection("patients").findOne({ _id: req.params.id });
  // ok: personal-identifier-stored-plaintext
  res.render("patient", { nir: patient.nir, dob: patient.dob });
});

// A service object, not a collection: it may encrypt inside.
router.post("/patients/service", async (req, res) => {
  const { nir } = req.body;
  // ok: personal-identifier-stored-plaintext
  await patientService.update(req.params.id, { nir });
  res.status(204).end();
});

// --- A model encrypted by a plugin declared in this file: ok ------------------------------------

const { fieldEncryption } = require("mongoose-field-encryption");
const DossierSchema = new mongoose.Schema({ nir: String, dateNaissance: String });
DossierSchema.plugin(fieldEncryption, { fields: ["nir", "dateNaissance"], secret: process.env.FIELD_KEY });
const Dossier = mongoose.model("Dossier", DossierSchema);

router.post("/dossiers", async (req, res) => {
  // ok: personal-identifier-stored-plaintext
  await Dossier.create({ nir: req.body.nir, dateNaissance: req.body.dateNaissance });
  res.status(201).end();
});

module.exports = { ProfileDAO, router, savePatient, saveEncryptedIban };
