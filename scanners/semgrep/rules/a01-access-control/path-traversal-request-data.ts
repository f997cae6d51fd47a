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

// Allow-lists: the value is one of a known set where the check holds.
const TEMPLATES = ["facture", "ordonnance", "compte-rendu"];
const EXPORTS = new Set(["csv", "pdf"]);
app.get("/modele/:name", (req, res) => {
  const name = req.params.name;
  if (!TEMPLATES.includes(name)) return res.status(404).end();
  // ok: path-traversal-request-data
  res.sendFile(path.join(DOCS, "modeles", name + ".html"));
});
app.get("/export", (req, res, next) => {
  const format = String(req.query.format);
  if (!EXPORTS.has(format)) {
    res.status(400);
    return next(new Error("format"));
  }
  // ok: path-traversal-request-data
  fs.createReadStream(`${DOCS}/export.${format}`).pipe(res);
});
app.get("/users/:user/files/:file", (req, res) => {
  const { user, file } = req.params;
  const users = fs.readdirSync(DOCS);
  if (users.includes(user)) {
    const files = fs.readdirSync(`${DOCS}/${user}/`);
    if (files.indexOf(file) !== -1 && file.endsWith(".pdf")) {
      // ok: path-traversal-request-data
      fs.readFile(path.join(DOCS, user, file), (_e, d) => res.send(d));
    } else {
      // ruleid: path-traversal-request-data
      fs.readFile(path.join(DOCS, user, "missing", file), () => res.status(404).end());
    }
  } else {
    res.status(404).end();
  }
});
app.get("/legacy", (req, res) => {
  const file = String(req.query.file);
  if (TEMPLATES.indexOf(file) === -1) {
    res.status(403).send("interdit");
  } else {
    // ok: path-traversal-request-data
    res.sendFile(path.join(DOCS, file));
  }
});
// A check that does not stop the request, a cache lookup, a different variable: still reported.
app.get("/report", (req, res) => {
  const file = String(req.query.file);
  const other = String(req.query.other);
  if (!TEMPLATES.includes(file)) {
    res.status(403).send("interdit");
  }
  // ruleid: path-traversal-request-data
  fs.readFile(path.join(DOCS, file), (_e, d) => res.send(d));
  if (TEMPLATES.includes(file)) {
    // ruleid: path-traversal-request-data
    fs.readFile(path.join(DOCS, file, other), (_e, d) => res.send(d));
  }
});
const cache = new Map<string, Buffer>();
app.get("/cached", (req, res) => {
  const file = String(req.query.file);
  if (cache.has(file)) {
    res.send(cache.get(file));
  } else {
    // ruleid: path-traversal-request-data
    fs.readFile(path.join(DOCS, file), (_e, d) => res.send(d));
  }
});

// A resolved path checked against its base directory.
app.get("/piece-jointe", (req, res) => {
  const target = path.resolve(DOCS, String(req.query.path));
  if (!target.startsWith(DOCS + path.sep)) {
    return res.status(403).end();
  }
  // ok: path-traversal-request-data
  res.sendFile(target);
});
app.get("/piece-jointe2", (req, res) => {
  const target = path.normalize(DOCS + "/" + req.query.path);
  if (target.startsWith(DOCS + path.sep)) {
    // ok: path-traversal-request-data
    fs.readFile(target, (_e, d) => res.send(d));
  }
  // A prefix test on the raw value proves nothing (DOCS/../../etc/passwd).
  const raw = String(req.query.path);
  if (raw.startsWith(DOCS)) {
    // ruleid: path-traversal-request-data
    fs.readFile(raw, (_e, d) => res.send(d));
  }
});

// Arrays: a request value pushed into a list and read back.
app.get("/dossier/:user", (req, res) => {
  const user = req.params.user;
  const parts: string[] = [];
  parts.push("safe");
  parts.push(user);
  const dir = parts[1];
  // ruleid: path-traversal-request-data
  fs.readdir(DOCS + "/" + dir, (_e, files) => res.json(files));
  const segments: string[] = ["patients"];
  segments.unshift(String(req.query.service));
  // ruleid: path-traversal-request-data
  fs.readFile(path.join(DOCS, ...segments), (_e, d) => res.send(d));
  const names = String(req.query.names).split(",");
  for (const n of names) {
    // ruleid: path-traversal-request-data
    fs.unlink(path.join(DOCS, n), () => undefined);
  }
  names.forEach((n) => {
    // ruleid: path-traversal-request-data
    fs.unlinkSync(path.join(DOCS, n));
  });
  const fixed: string[] = [];
  fixed.push("index.html");
  // ok: path-traversal-request-data
  fs.readFile(path.join(DOCS, fixed[0]), (_e, d) => res.send(d));
});


declare function Query(name?: string): ParameterDecorator;
export class FileController {
  getFile(@Query("path") file: string) {
    // ruleid: path-traversal-request-data
    return fs.createReadStream(path.resolve(process.cwd(), file));
  }
}
