import express from "express";
import escapeHtml from "escape-html";
const app = express();

app.get("/hello", (req, res) => {
  // ruleid: xss-response-request-data
  res.send(`<h1>Bonjour ${req.query.name}</h1>`);
});
app.get("/ward", (req, res) => {
  const ward = req.params.ward;
  // ruleid: xss-response-request-data
  res.status(404).send("Service inconnu : " + ward);
});
app.post("/echo", (req, res) => {
  // ruleid: xss-response-request-data
  res.write(req.body.comment);
  res.end();
});
app.get("/safe", (req, res) => {
  // ok: xss-response-request-data
  res.send(`<h1>Bonjour ${escapeHtml(String(req.query.name))}</h1>`);
  // ok: xss-response-request-data
  res.json({ name: req.query.name });
});
app.get("/static", (_req, res) => {
  // ok: xss-response-request-data
  res.send("<h1>Bonjour</h1>");
});
app.post("/json-echo", (req, res) => {
  // ok: xss-response-request-data
  res.send(req.body);
  // ok: xss-response-request-data
  res.status(200).send(req.query);
});

// Fastify: reply.send() answers text/plain or JSON, unless the handler sets an HTML type.
declare const fastify: { get(path: string, h: (request: { query: { name: string } }, reply: FastifyReply) => void): void };
interface FastifyReply { send(x: unknown): FastifyReply; type(t: string): FastifyReply; header(k: string, v: string): FastifyReply }
fastify.get("/hello", (request, reply) => {
  // ok: xss-response-request-data
  reply.send(`Bonjour ${request.query.name}`);
});
fastify.get("/page", (request, reply) => {
  // ruleid: xss-response-request-data
  reply.type("text/html").send(`<p>${request.query.name}</p>`);
});
fastify.get("/page2", (request, reply) => {
  // ruleid: xss-response-request-data
  reply.header("content-type", "text/html; charset=utf-8").send(`<p>${request.query.name}</p>`);
});

// Arrays and loops: request values collected in a list, then written into the page.
app.get("/liste/:user", (req, res) => {
  const param = req.params.user;
  const data: string[] = [];
  let names = "";
  data.push("safe");
  data.push(param);
  for (const u of data) {
    names = names.concat(u);
  }
  res.setHeader("Content-Type", "text/html");
  // ruleid: xss-response-request-data
  res.send(`<h1>Bonjour ${names}</h1>`);
});
app.get("/tags", (req, res) => {
  const tags: string[] = [];
  tags.unshift(String(req.query.tag));
  // ruleid: xss-response-request-data
  res.send("<ul>" + tags.map((t) => `<li>${t}</li>`).join("") + "</ul>");
  let html = "";
  tags.forEach((t) => {
    html += `<li>${t}</li>`;
  });
  // ruleid: xss-response-request-data
  res.send(html);
  const items = ["a"];
  items.splice(0, 0, req.query.item as string);
  // ruleid: xss-response-request-data
  res.send(`<p>${items[0]}</p>`);
  const escaped: string[] = [];
  escaped.push(escapeHtml(String(req.query.tag)));
  // ok: xss-response-request-data
  res.send(`<p>${escaped.join(", ")}</p>`);
  const menu: string[] = [];
  menu.push("Accueil", "Patients");
  // ok: xss-response-request-data
  res.send(`<nav>${menu.join(" | ")}</nav>`);
});

// An object is sent as JSON (application/json), not as HTML.
app.post("/json", (req, res) => {
  // ok: xss-response-request-data
  res.send({ success: false, message: "User " + req.body.username + " not found" });
  const result: Record<string, unknown> = {};
  result.user = req.body.username;
  // ok: xss-response-request-data
  res.status(200).send(result);
  const text = "Hello " + req.body.username;
  // ruleid: xss-response-request-data
  res.send(text);
});

// A text response written before the JSON one is still HTML.
app.post("/register", (req, res) => {
  const result: Record<string, unknown> = {};
  // ruleid: xss-response-request-data
  res.write("User " + req.body.username + " already exists");
  result.status = 409;
  // ok: xss-response-request-data
  res.status(409).send(result);
});
