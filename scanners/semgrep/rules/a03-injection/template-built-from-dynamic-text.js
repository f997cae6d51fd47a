// Test cases for template-built-from-dynamic-text.
const ejs = require("ejs");
const pug = require("pug");
const Handlebars = require("handlebars");
const _ = require("lodash");
const fs = require("fs");

function notFoundPage(input) {
  const template = `<!DOCTYPE html><html><body>
    <p>Page Not Found: /ssti/` + input + `</p></body></html>`;
  // ruleid: template-built-from-dynamic-text
  return ejs.render(template, { name: "Venus" });
}

app.get("/hello", (req, res) => {
  // ruleid: template-built-from-dynamic-text
  res.send(pug.render(`p Hello ${req.query.name}`));
});

app.get("/card", (req, res) => {
  const tpl = req.body.template;
  // ruleid: template-built-from-dynamic-text
  res.send(Handlebars.compile(tpl)({ user: req.user }));
});

app.get("/greet", (req, res) => {
  // ruleid: template-built-from-dynamic-text
  res.send(_.template("Bonjour " + req.query.name)());
});

app.get("/ok", (req, res) => {
  // ok: template-built-from-dynamic-text
  res.send(ejs.render("<p>Page introuvable : <%= path %></p>", { path: req.query.path }));
  const page = fs.readFileSync("views/page.ejs", "utf8");
  // ok: template-built-from-dynamic-text
  res.send(ejs.render(page, { user: req.query.user }));
  // ok: template-built-from-dynamic-text
  res.render("profile", { name: req.query.name });
});

class RenderController {
  async renderTemplate(@Body() raw) {
    const text = raw.toString().trim();
    // ruleid: template-built-from-dynamic-text
    return dotT.compile(text)();
  }
}
