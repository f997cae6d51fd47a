import express from "express";
import fs from "fs";
import path from "path";
const app = express();
const DOCS = "/srv/docs";

app.get("/doc", (req, res) => {
  // ruleid: path-traversal-request-data
  fs.readFile(path.join(DOCS, req.query.name as string), (_e, d) => res.send(d));
});
app.get("/doc2", async (req, res) => {
  const file = `${DOCS}/${req.params.file}`;
  // ruleid: path-traversal-request-data
  res.sendFile(file);
});
app.post("/upload", (req, res) => {
  // ruleid: path-traversal-request-data
  fs.writeFileSync(req.body.target, req.body.content);
  res.end();
});
app.get("/ok1", (req, res) => {
  // ok: path-traversal-request-data
  fs.readFile(path.join(DOCS, path.basename(String(req.query.name))), (_e, d) => res.send(d));
});
app.get("/ok2", (req, res) => {
  // ok: path-traversal-request-data
  res.sendFile(String(req.params.file), { root: DOCS });
});
app.get("/ok3", (_req, res) => {
  // ok: path-traversal-request-data
  fs.readFile(path.join(DOCS, "index.html"), (_e, d) => res.send(d));
});

// Handlers that destructure the request object.
export function serveKeyFiles() {
  return ({ params }: any, res: any, next: any) => {
    const file = params.file;
    if (!file.includes("/")) {
      // ruleid: path-traversal-request-data
      res.sendFile(path.resolve("encryptionkeys/", file));
    } else {
      next(new Error("no"));
    }
  };
}
app.get("/ok4", ({ params }, res) => {
  // ok: path-traversal-request-data
  res.sendFile(path.join(DOCS, path.basename(params.name)));
});
app.get("/ok5", ({ params }, res) => {
  const params2 = { name: "index.html" };
  // ok: path-traversal-request-data
  res.sendFile(path.join(DOCS, params2.name));
});
