// Test target for directory-listing-enabled.
import express from "express";
import serveIndex from "serve-index";

const app = express();
// ruleid: directory-listing-enabled
app.use("/ftp", serveIndex("ftp", { icons: true }));
// ruleid: directory-listing-enabled
app.use("/support/logs", requireLogin, serveIndex("logs", { view: "details" }));
// ruleid: directory-listing-enabled
app.use("/files", require('serve-index')("files"));

// ok: directory-listing-enabled
app.use("/assets", express.static("public"));
// ok: directory-listing-enabled
app.use("/docs", express.static("docs", { index: false }));

function requireLogin(_req: unknown, _res: unknown, next: () => void) { next(); }
export default app;
