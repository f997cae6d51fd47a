import { timingSafeEqual } from "crypto";

export function check(req: any, storedToken: string, expectedSignature: string, sig: string, newPassword: string, confirmPassword: string, form: { password: string; password2: string }, user: { password: string }) {
  // ruleid: timing-unsafe-secret-comparison
  if (req.headers["x-api-key"] === process.env.API_KEY && req.body.token === storedToken) return true;
  // ruleid: timing-unsafe-secret-comparison
  if (expectedSignature !== sig) return false;
  // ok: timing-unsafe-secret-comparison
  if (storedToken === undefined) return false;
  // ok: timing-unsafe-secret-comparison
  if (storedToken.length === 0) return false;
  // ok: timing-unsafe-secret-comparison
  if (typeof storedToken === "string") return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.tokenType === "Bearer") return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.password == req.body.cpassword) return true;
  // ok: timing-unsafe-secret-comparison
  if (req.body.password !== req.body.passwordConfirmation) return false;
  // ok: timing-unsafe-secret-comparison
  if (newPassword !== confirmPassword) return false;
  // ok: timing-unsafe-secret-comparison
  if (form.password === form.password2) return true;
  // ruleid: timing-unsafe-secret-comparison
  if (req.body.password === user.password) return true;
  // ok: timing-unsafe-secret-comparison
  return timingSafeEqual(Buffer.from(expectedSignature), Buffer.from(sig));
}

// Sign-up form validation: the password and its verification field come from the same request.
export function validateSignup(userName: string, password: string, verify: string, errors: Record<string, string>) {
  // ok: timing-unsafe-secret-comparison
  if (password !== verify) {
    errors.verifyError = "Password must match";
    return false;
  }
  return true;
}

export function signup(req: any, res: any) {
  const { userName, password, passwordVerification, newPassword, oldPassword } = req.body;
  // ok: timing-unsafe-secret-comparison
  if (password !== passwordVerification) return res.status(400).send("mismatch");
  // ok: timing-unsafe-secret-comparison
  if (passwordVerification != password) return res.status(400).send("mismatch");
  // ok: timing-unsafe-secret-comparison
  if (newPassword === oldPassword) return res.status(400).send("choose a new password");
  // ok: timing-unsafe-secret-comparison
  if (req.body.password !== req.body.verify) return res.status(400).send("mismatch");
  // ok: timing-unsafe-secret-comparison
  if (req.body.mot_de_passe !== req.body.verification_mot_de_passe) return res.status(400).send("différents");
  return res.send(userName);
}

export function changePassword(req: any, res: any) {
  let { password, password_check } = req.body;
  // ok: timing-unsafe-secret-comparison
  if (password !== password_check) return res.status(400).end();
  return res.end();
}

// Reset and confirmation tokens compared with what the client sent: timing-unsafe.
export async function resetPassword(req: any, res: any, users: any) {
  const { email, token } = req.body;
  const user = await users.findOne({ email });
  // ruleid: timing-unsafe-secret-comparison
  if (token !== user.resetToken) return res.status(403).end();
  // ruleid: timing-unsafe-secret-comparison
  if (req.query.token == user.confirmationToken) return res.redirect("/welcome");
  // ruleid: timing-unsafe-secret-comparison
  if (req.body.otp !== user.verificationCode) return res.status(403).end();
  // ruleid: timing-unsafe-secret-comparison
  if (req.query.token == md5(req.query.login)) return res.render("resetpw");
  return res.end();
}
