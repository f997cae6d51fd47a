import express from "express";
import axios from "axios";
import https from "https";
const app = express();
declare function isAllowedHost(u: string): string;

app.get("/proxy", async (req, res) => {
  // ruleid: ssrf-request-url
  const r = await fetch(String(req.query.url));
  res.send(await r.text());
});
app.post("/webhook-test", async (req, res) => {
  // ruleid: ssrf-request-url
  const r = await axios.get(req.body.callback);
  res.json(r.data);
});
app.get("/img", (req, res) => {
  const target = `https://${req.query.host}/logo.png`;
  // ruleid: ssrf-request-url
  https.get(target, (up) => up.pipe(res));
});
app.get("/ok1", async (req, res) => {
  // ok: ssrf-request-url
  const r = await fetch(isAllowedHost(String(req.query.url)));
  res.send(await r.text());
});
app.get("/ok2", async (_req, res) => {
  // ok: ssrf-request-url
  const r = await fetch("https://api.example.org/status");
  res.send(await r.text());
});
declare const html_to_pdf: { generatePdf(file: unknown, options: unknown): Promise<Buffer> };
declare const browser: { newPage(): Promise<{ goto(u: string): Promise<void> }> };
app.get("/ticket.pdf", async (req, res) => {
  const file = { url: `http://localhost:3000/ticket?name=${req.query.name}` };
  // ruleid: ssrf-request-url
  res.send(await html_to_pdf.generatePdf(file, { format: "A4" }));
});
app.get("/preview", async (req, res) => {
  const page = await browser.newPage();
  // ruleid: ssrf-request-url
  await page.goto(String(req.query.url));
  // ok: ssrf-request-url
  await page.goto("https://portail.chu.example/accueil");
  res.end();
});
declare function Query(name?: string): ParameterDecorator;
export class PreviewController {
  async fetchPreview(@Query("url") url: string): Promise<string> {
    // ruleid: ssrf-request-url
    const r = await fetch(url);
    return r.text();
  }
  async fixed(@Query("id") id: string): Promise<string> {
    // ok: ssrf-request-url
    const r = await fetch("https://api.example.org/status");
    return (await r.text()) + id;
  }
}
