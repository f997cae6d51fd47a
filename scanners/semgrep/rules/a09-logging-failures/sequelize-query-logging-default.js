// Test target for sequelize-query-logging-default.
const Sequelize = require("sequelize");
const config = require("../config/db.js");

let sequelize;
if (process.env.DATABASE_URL) {
  // ruleid: sequelize-query-logging-default
  sequelize = new Sequelize(process.env.DATABASE_URL);
} else {
  // ruleid: sequelize-query-logging-default
  sequelize = new Sequelize(config.database, config.username, config.password, {
    host: config.host,
    dialect: config.dialect,
  });
}

// ruleid: sequelize-query-logging-default
const local = new Sequelize("sqlite::memory:");

// ruleid: sequelize-query-logging-default
const pg = new Sequelize(config.databaseUrl, { dialect: "postgres", pool: { max: 5 } });

// ruleid: sequelize-query-logging-default
const legacy = new Sequelize("app", "app", process.env.DB_PASSWORD);

// ruleid: sequelize-query-logging-default
const ts = new Sequelize({ dialect: "postgres", host: "db", models: [__dirname + "/models"] });

// ok: sequelize-query-logging-default
const quiet = new Sequelize(process.env.DATABASE_URL, { dialect: "postgres", logging: false });

// ok: sequelize-query-logging-default
const logged = new Sequelize(config.database, config.username, config.password, {
  dialect: "mysql",
  logging: (sql) => logger.debug(redact(sql)),
});

// ok: sequelize-query-logging-default
const withMethod = new Sequelize(process.env.DATABASE_URL, { logging(sql) { logger.debug(sql); } });

// ok: sequelize-query-logging-default
const fromEnv = new Sequelize({ dialect: "postgres", logging: process.env.SQL_DEBUG === "1" ? console.log : false });

// Options built elsewhere (sequelize-cli's config.json): out of reach.
// ok: sequelize-query-logging-default
const cli = new Sequelize(config.database, config.username, config.password, config);

// ok: sequelize-query-logging-default
const spread = new Sequelize(process.env.DATABASE_URL, { ...config.sequelizeOptions, pool: { max: 5 } });

// ok: sequelize-query-logging-default
const optionsOnly = new Sequelize(config);

// Not Sequelize.
// ok: sequelize-query-logging-default
const client = new Pool(process.env.DATABASE_URL);

module.exports = { sequelize, local, pg, legacy, ts, quiet, logged, withMethod, fromEnv, cli, spread, optionsOnly, client };
