// Test target for password-policy-weak-regex.

// ruleid: password-policy-weak-regex
const PASS_RE = /^.{1,20}$/;
// ruleid: password-policy-weak-regex
const passwordPattern = /^[a-zA-Z0-9]{6,}$/;
// ruleid: password-policy-weak-regex
const pwdRegex = /^\S+$/;
const rules = {
  // ruleid: password-policy-weak-regex
  passwordFormat: /^\w{4,16}$/i,
};

// ok: password-policy-weak-regex
const PASSWORD_RE = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{12,}$/;
// ok: password-policy-weak-regex
const passwordRegex = /^.{12,128}$/;
// ok: password-policy-weak-regex
const USER_RE = /^.{1,20}$/;
// ok: password-policy-weak-regex
const EMAIL_RE = /^[^@\s]+@[^@\s]+$/;
// ok: password-policy-weak-regex
const passwordHint = "at least 12 characters";

export { PASS_RE, passwordPattern, pwdRegex, rules, PASSWORD_RE, passwordRegex, USER_RE, EMAIL_RE, passwordHint };
