// Test target for express-without-security-headers. Each scenario is a separate function
// standing for a separate entry file.

function plainServer(config) {
  const express = require("express");
  // ruleid: express-without-security-headers
  const app = express();
  app.use(express.json());
  app.get("/", (req, res) => res.send("ok"));
  app.listen(config.port);
}

function nodeGoatStyle(port) {
  const express = require("express");
  const http = require("http");
  // ruleid: express-without-security-headers
  const app = express();
  MongoClient.connect(process.env.MONGO_URL, (err, db) => {
    app.use(bodyParser.json());
    http.createServer(app).listen(port);
  });
}

function factory() {
  // ruleid: express-without-security-headers
  const app = require("express")();
  app.use("/api", api);
  return app;
}

function withHelmetAfter(config) {
  const express = require("express");
  // ok: express-without-security-headers
  const app = express();
  app.use(helmet());
  app.listen(config.port);
}

function withLusca(config) {
  const express = require("express");
  // ok: express-without-security-headers
  const app = express();
  app.use(lusca.xframe("SAMEORIGIN"));
  app.use(lusca.xssProtection(true));
  app.listen(config.port);
}

function withOwnMiddleware(config) {
  const express = require("express");
  // ok: express-without-security-headers
  const app = express();
  app.use(securityHeaders());
  app.listen(config.port);
}

function withManualHeaders(config) {
  const express = require("express");
  // ok: express-without-security-headers
  const app = express();
  app.use((req, res, next) => {
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", "default-src 'self'");
    next();
  });
  app.listen(config.port);
}

function withSetObject(config) {
  const express = require("express");
  // ok: express-without-security-headers
  const app = express();
  app.use(function (req, res, next) {
    res.set({ "Strict-Transport-Security": "max-age=31536000", "X-Content-Type-Options": "nosniff" });
    next();
  });
  app.listen(config.port);
}

function withHelmetImport(config) {
  const express = require("express");
  const helmet = require("helmet");
  // ok: express-without-security-headers
  const app = express();
  app.use(express.json());
  require("./routes")(app);
  app.listen(config.port);
}

// A sub-application mounted elsewhere, neither served nor exported here.
function subApp(parent) {
  const express = require("express");
  // ok: express-without-security-headers
  const admin = express();
  admin.get("/", (req, res) => res.send("admin"));
  parent.use("/admin", admin);
}

module.exports = { plainServer, nodeGoatStyle, factory, withHelmetAfter, withLusca, withOwnMiddleware, withManualHeaders, withSetObject, subApp };

// An ES module entry file after this point: the import covers what follows.
import helmet from "helmet";

// ok: express-without-security-headers
const esmApp = express();
esmApp.use(express.json());
export default esmApp;
