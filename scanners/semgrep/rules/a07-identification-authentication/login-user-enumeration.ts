declare const res: { status(n: number): { send(b: unknown): void } };
declare const username: string;
declare const app: any, router: any, passport: any, userDAO: any, User: any, bcrypt: any, LocalStrategy: any, environmentalScripts: any;
declare class UnauthorizedException { constructor(m: string); }
declare class NotFoundException { constructor(m: string); }

export function unknownUser(): void {
  // ruleid: login-user-enumeration
  res.status(404).send({ error: "Login Failed! User " + username + " not found!" });
}
export function unknownAccount(): void {
  // ruleid: login-user-enumeration
  res.status(401).send("Login failed: account does not exist");
}
export function generic(): void {
  // ok: login-user-enumeration
  res.status(401).send({ error: "Invalid username or password" });
}
export function notLogin(id: string): void {
  // ok: login-user-enumeration
  res.status(404).send("Order " + id + " not found");
}

// --- Two different messages in one login handler -------------------------------------

// NodeGoat style: the messages in constants, passed to the template as loginError.
export class SessionHandler {
  handleLoginRequest = (req: any, res: any, next: any) => {
    const { userName, password } = req.body;
    userDAO.validateLogin(userName, password, (err: any, user: any) => {
      const invalidUserNameErrorMessage = "Invalid username";
      const invalidPasswordErrorMessage = "Invalid password";
      if (err) {
        if (err.noSuchUser) {
          return res.render("login", {
            userName,
            password: "",
            // ruleid: login-user-enumeration
            loginError: invalidUserNameErrorMessage,
            environmentalScripts,
          });
        } else if (err.invalidPassword) {
          return res.render("login", { userName, password: "", loginError: invalidPasswordErrorMessage, environmentalScripts });
        }
        return next(err);
      }
      req.session.userId = user._id;
      return res.redirect("/dashboard");
    });
  };
}

// Passport's documented example, with the password checked in a nested callback.
passport.use(
  new LocalStrategy((name: string, password: string, done: any) => {
    User.findOne({ username: name }, (err: any, user: any) => {
      if (err) return done(err);
      // ruleid: login-user-enumeration
      if (!user) return done(null, false, { message: "Incorrect username." });
      bcrypt.compare(password, user.password, (e: any, ok: boolean) => {
        if (!ok) return done(null, false, { message: "Incorrect password." });
        return done(null, user);
      });
    });
  }),
);

app.post("/api/login", async (req: any, res: any) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    // ruleid: login-user-enumeration
    return res.status(401).json({ success: false, error: { code: 401, message: "User not found" } });
  }
  if (!(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ success: false, error: { code: 401, message: "Wrong password" } });
  }
  return res.json({ success: true });
});

router.post("/connexion", async (req: any, res: any) => {
  const user = await User.findOne({ login: req.body.login });
  if (!user) {
    // ruleid: login-user-enumeration
    req.flash("erreur", "Utilisateur inconnu");
    return res.redirect("/connexion");
  }
  if (!(await bcrypt.compare(req.body.motDePasse, user.motDePasse))) {
    req.flash("erreur", "Mot de passe incorrect");
    return res.redirect("/connexion");
  }
  return res.redirect("/");
});

export class AuthService {
  constructor(private readonly users: any) {}
  async login(email: string, password: string): Promise<unknown> {
    const user = await this.users.findOne({ where: { email } });
    // ruleid: login-user-enumeration
    if (!user) throw new UnauthorizedException("No account with that e-mail: user not found");
    if (!(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException("Invalid password");
    return user;
  }
}

// --- Look-alikes ----------------------------------------------------------------------

// One generic message for both cases.
app.post("/login", async (req: any, res: any) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    // ok: login-user-enumeration
    return res.status(401).render("login", { loginError: "Invalid username and/or password" });
  }
  return res.redirect("/");
});

// A 404 on a resource route is not a login answer.
router.get("/users/:id", async (req: any, res: any) => {
  const user = await User.findById(req.params.id);
  // ok: login-user-enumeration
  if (!user) return res.status(404).json({ message: "User not found" });
  return res.json({ id: user.id });
});

// The logged-in user changes their own password: the account exists, nothing to enumerate.
router.post("/account/password", async (req: any, res: any) => {
  const user = await User.findById(req.user.id);
  // ok: login-user-enumeration
  if (!user) return res.status(404).json({ message: "User not found" });
  if (!(await bcrypt.compare(req.body.current, user.password))) return res.status(400).json({ message: "Incorrect password" });
  return res.json({ ok: true });
});

export class UsersService {
  async findProfile(id: string): Promise<unknown> {
    const user = await User.findById(id);
    // ok: login-user-enumeration
    if (!user) throw new NotFoundException("User not found");
    return user;
  }
}

// Registration under /auth: format checks of the submitted name and password.
router.post("/auth/register", async (req: any, res: any) => {
  // ok: login-user-enumeration
  if (!/^[a-z0-9_]{3,30}$/.test(req.body.username)) return res.status(400).json({ error: "Invalid username" });
  if (req.body.password.length < 12) return res.status(400).json({ error: "Invalid password" });
  return res.status(201).end();
});

// Signup: validation messages, no "unknown user".
app.post("/signup", async (req: any, res: any) => {
  // ok: login-user-enumeration
  if (req.body.password.length < 12) return res.status(400).json({ message: "Invalid password: at least 12 characters" });
  return res.status(201).end();
});
