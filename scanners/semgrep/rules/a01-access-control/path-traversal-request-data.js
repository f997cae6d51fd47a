// A file whose only sink is fs' file reader, imported under another name (vulnerable_js_app
// test019 style): the rule's file prefilter must let it through.
import { Router } from "express";
import { readFile as readFileCb } from "fs";
const router = Router();

router.get("/files/:user/:fileName", function (req, res) {
  const filePath = "target/user_files/" + req.params.user + "/" + req.params.fileName;
  // ruleid: path-traversal-request-data
  readFileCb(filePath, "utf-8", (err, data) => res.send(err ? "" : data));
});

export default router;
