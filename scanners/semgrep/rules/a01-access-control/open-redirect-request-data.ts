import express from "express";
const app = express();
const ALLOWED = new Set(["/dossier", "/rendez-vous"]);
declare function isAllowedRedirect(u: unknown): string;

app.get("/login/done", (req, res) => {
  // ruleid: open-redirect-request-data
  res.redirect(req.query.next as string);
});
app.get("/go", (req, res) => {
  const target = String(req.query.url);
  // ruleid: open-redirect-request-data
  res.redirect(302, target);
});
app.get("/go2", (req, res) => {
  // ruleid: open-redirect-request-data
  res.setHeader("Location", req.body.returnTo);
  res.end();
});
app.get("/ok1", (req, res) => {
  const next = String(req.query.next);
  if (ALLOWED.has(next)) {
    // ok: open-redirect-request-data
    res.redirect(next);
  }
});
app.get("/ok2", (req, res) => {
  // ok: open-redirect-request-data
  res.redirect(isAllowedRedirect(req.query.next));
});
app.get("/ok3", (_req, res) => {
  // ok: open-redirect-request-data
  res.redirect("/accueil");
});
app.post("/admin/login", (req, res) => {
  return loginDone(req.body.redirectPage, res);
});
function loginDone(redirectPage: string, res: express.Response) {
  if (redirectPage) {
    // ruleid: open-redirect-request-data
    return res.redirect(redirectPage);
  }
  // ok: open-redirect-request-data
  return res.redirect("/admin");
}
app.get("/ok4", (req, res) => {
  // ok: open-redirect-request-data
  res.redirect("/login?returnurl=" + req.query.returnurl + "&error=denied");
});
app.get("/go3", (req, res) => {
  // ruleid: open-redirect-request-data
  res.redirect("/" + req.query.path);
});
app.get("/go4", (req, res) => {
  // ruleid: open-redirect-request-data
  res.redirect(`/${req.query.path}`);
});
app.get("/ok5", (req, res) => {
  // ok: open-redirect-request-data
  res.redirect("https://portail.chu.example/" + req.query.path);
});
app.get("/go5", (req, res) => {
  // ruleid: open-redirect-request-data
  res.redirect("https://" + req.query.host + "/accueil");
});
declare function Redirect(url?: string): MethodDecorator;
declare function Query(name?: string): ParameterDecorator;
export class GotoController {
  @Redirect()
  async redirect(@Query("url") url: string) {
    // ruleid: open-redirect-request-data
    return { url };
  }
  @Redirect()
  async home(@Query("lang") lang: string) {
    // ok: open-redirect-request-data
    return { url: "/accueil", statusCode: lang ? 302 : 301 };
  }
}
