import express, { Request, Response } from "express";
import path from "node:path";
const app = express();

app.get("/tutorial/:page", (req, res) => {
  // ruleid: render-view-from-request
  return res.render("tutorial/" + req.params.page);
});
app.get("/help/:topic", function (req: Request, res: Response) {
  const topic = req.params.topic;
  // ruleid: render-view-from-request
  res.render(`help/${topic}`, { title: "Aide" });
});
app.get("/page", (req, res) => {
  // ruleid: render-view-from-request
  res.render(req.query.view as string);
});
app.post("/preview", ({ body }, res) => {
  // ruleid: render-view-from-request
  res.render(path.join("templates", body.template), { data: body.data });
});
app.get("/mail/:tpl", (req, res) => {
  // ruleid: render-view-from-request
  app.render("mails/" + req.params.tpl, {}, (err, html) => res.send(err ? "erreur" : html));
});

// Safe look-alikes.
const VIEWS: Record<string, string> = { a1: "tutorial/a1", a2: "tutorial/a2" };
const ALLOWED = ["dashboard", "profile", "settings"];
app.get("/safe/tutorial/:page", (req, res) => {
  const view = VIEWS[req.params.page];
  if (!view) return res.sendStatus(404);
  // ok: render-view-from-request
  return res.render(view);
});
app.get("/safe/section/:name", (req, res) => {
  const name = req.params.name;
  if (!ALLOWED.includes(name)) return res.sendStatus(404);
  // ok: render-view-from-request
  res.render("sections/" + name);
});
app.get("/safe/doc/:file", (req, res) => {
  // ok: render-view-from-request
  res.render("docs/" + path.basename(req.params.file));
});
app.get("/profile/:id", (req, res) => {
  // ok: render-view-from-request
  res.render("profile", { id: req.params.id, q: req.query.q });
});
app.get("/lang", (req, res) => {
  const lang = req.query.lang === "en" ? "en" : "fr";
  // ok: render-view-from-request
  res.render("home", { lang });
});
app.get("/report", (req, res) => {
  const view = req.query.mode === "print" ? "report-print" : "report";
  // ok: render-view-from-request
  res.render(view);
});
const PAGES = new Map([["a", "pages/a"]]);
app.get("/pages/:p", (req, res) => {
  // ok: render-view-from-request
  res.render(PAGES.get(req.params.p) ?? "404");
});
app.get("/wiki/*", (req, res) => {
  const parts = req.params[0].split("/");
  // ruleid: render-view-from-request
  res.render(parts[0]);
});
