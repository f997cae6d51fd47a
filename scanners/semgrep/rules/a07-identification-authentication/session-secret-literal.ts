import session from "express-session";
import cookieSession from "cookie-session";
import cookieParser from "cookie-parser";
declare const app: any, fastify: any, fastifyCookie: any, koa: any, config: { secret: string };

const SESSION_SECRET = "changeme";

app.use(
  session({
    // ruleid: session-secret-literal
    secret: "keyboard cat",
    resave: false,
  }),
);
// ruleid: session-secret-literal
app.use(session({ secret: SESSION_SECRET }));
// ruleid: session-secret-literal
app.use(session({ secret: ["new-secret-2025", process.env.OLD_SECRET] }));
// ruleid: session-secret-literal
app.use(cookieSession({ name: "sid", keys: ["key1", "key2"] }));
// ruleid: session-secret-literal
app.use(cookieParser("kekse"));
// ruleid: session-secret-literal
fastify.register(fastifyCookie, { secret: "my-secret" });
// ruleid: session-secret-literal
koa.keys = ["im a newer secret"];

// ok: session-secret-literal
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false }));
// ok: session-secret-literal
app.use(session({ secret: config.secret }));
// ok: session-secret-literal
app.use(cookieSession({ name: "sid", keys: [process.env.K1!, process.env.K2!] }));
// ok: session-secret-literal
app.use(cookieParser());
// ok: session-secret-literal
app.use(cookieParser(process.env.COOKIE_SECRET));
