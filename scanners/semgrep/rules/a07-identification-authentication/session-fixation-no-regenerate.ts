import express, { NextFunction, Request, Response } from "express";
import { promisify } from "node:util";
declare const userDAO: { validateLogin(u: string, p: string, cb: (err: unknown, user: { _id: string; isAdmin: boolean }) => void): void };
declare const users: { verify(u: string, p: string): Promise<{ id: string; role: string } | null>; create(b: unknown): Promise<{ id: string }> };
const app = express();

function SessionHandler(this: Record<string, unknown>) {
  this.handleLoginRequest = (req: Request, res: Response, next: NextFunction) => {
    const { userName, password } = req.body;
    userDAO.validateLogin(userName, password, (err, user) => {
      if (err) return next(err);
      // ruleid: session-fixation-no-regenerate
      req.session.userId = user._id;
      return res.redirect(user.isAdmin ? "/benefits" : "/dashboard");
    });
  };
  this.handleLogoutRequest = (req: Request, res: Response) => {
    // ok: session-fixation-no-regenerate
    req.session.userId = null;
    req.session.destroy(() => res.redirect("/"));
  };
}

app.post("/login", async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  // ruleid: session-fixation-no-regenerate
  req.session.user = { id: user.id, role: user.role };
  // ruleid: session-fixation-no-regenerate
  req.session.loggedIn = true;
  res.redirect("/");
});

async function signIn(req: Request, res: Response) {
  const user = await users.verify(req.body.login, req.body.pwd);
  // ruleid: session-fixation-no-regenerate
  req.session["userId"] = user!.id;
  res.end();
}

export const controller = {
  authenticate: async (req: Request, res: Response) => {
    const user = await users.verify(req.body.login, req.body.secret);
    // ruleid: session-fixation-no-regenerate
    Object.assign(req.session, { userId: user!.id });
    res.end();
  },
};

// Regenerated first: callback, then-less promise wrappers, passport.
app.post("/auth/login", async (req, res, next) => {
  const user = await users.verify(req.body.email, req.body.password);
  req.session.regenerate((err) => {
    if (err) return next(err);
    // ok: session-fixation-no-regenerate
    req.session.userId = user!.id;
    req.session.save(() => res.redirect("/"));
  });
});
app.post("/signin", async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  await promisify(req.session.regenerate.bind(req.session))();
  // ok: session-fixation-no-regenerate
  req.session.userId = user!.id;
  res.redirect("/");
});
app.post("/login2", async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  await new Promise<void>((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
  // ok: session-fixation-no-regenerate
  req.session.user = user;
  res.redirect("/");
});
app.post("/login3", async (req, res, next) => {
  const user = await users.verify(req.body.email, req.body.password);
  req.login(user!, (err) => {
    if (err) return next(err);
    // ok: session-fixation-no-regenerate
    req.session.loggedIn = true;
    res.redirect("/");
  });
});

// Not identity, or not a login handler.
app.post("/cart", (req, res) => {
  // ok: session-fixation-no-regenerate
  req.session.cart = req.body.items;
  res.end();
});
app.post("/login4", (req, res) => {
  // ok: session-fixation-no-regenerate
  req.session.returnTo = req.body.next;
  res.end();
});
app.post("/preferences", (req, res) => {
  // ok: session-fixation-no-regenerate
  req.session.userTheme = req.body.theme;
  res.end();
});
app.post("/account/password", async (req, res) => {
  const user = await users.verify(req.session.user.login, req.body.currentPassword);
  // ruleid: session-fixation-no-regenerate
  req.session.user = user;
  res.end();
});
// A routes module that mentions passwords elsewhere: only login handlers count.
export default function routes(passport: unknown) {
  app.post("/forgot", (req, res) => res.render("forgot", { info: "password reset sent" }));
  app.post("/switch-ward", (req, res) => {
    // ok: session-fixation-no-regenerate
    req.session.roleView = req.body.ward;
    res.end();
  });
  app.post("/theme", function (req, res) {
    // ok: session-fixation-no-regenerate
    req.session.userTheme = req.body.theme;
    res.end();
  });
}
