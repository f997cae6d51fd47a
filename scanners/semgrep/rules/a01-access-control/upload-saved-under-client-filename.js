// Test cases for upload-saved-under-client-filename.
const multer = require("multer");
const path = require("path");

exports.upload = (req, res) => {
  const sampleFile = req.files.file;
  const filePath = __dirname + "/../../public/uploads/" + req.user.id + "/" + sampleFile.name;
  // ruleid: upload-saved-under-client-filename
  sampleFile.mv(filePath, (err) => res.sendStatus(err ? 500 : 201));
  // ruleid: upload-saved-under-client-filename
  req.files.avatar.mv("/srv/app/uploads/" + req.files.avatar.name);
};

const storage = multer.diskStorage({
  destination: "uploads/",
  filename: function (req, file, cb) {
    // ruleid: upload-saved-under-client-filename
    cb(null, file.originalname);
  },
});

const safe = multer.diskStorage({
  destination: "uploads/",
  filename: (req, file, cb) => {
    // ok: upload-saved-under-client-filename
    cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase().replace(/[^.a-z0-9]/g, ""));
  },
});

exports.uploadOk = (req, res) => {
  const f = req.files.file;
  // ok: upload-saved-under-client-filename
  f.mv(path.join(UPLOADS, crypto.randomUUID() + ".pdf"));
  // ok: upload-saved-under-client-filename
  f.mv(path.join(UPLOADS, path.basename(f.name)));
};
