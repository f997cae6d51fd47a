declare const app: any, session: any, config: Record<string, string>;

export const settings = {
  // ruleid: hardcoded-secret-config-key
  cookieSecret: "dev-cookie-secret",
  // ruleid: hardcoded-secret-config-key
  cryptoKey: "s3cr3t",
  // ruleid: hardcoded-secret-config-key
  jwtSecret: "changeme",
  // ruleid: hardcoded-secret-config-key
  client_secret: "abc",
  // ruleid: hardcoded-secret-config-key
  "encryption-key": "0123456789abcdef",
  // ruleid: hardcoded-secret-config-key
  sessionSecret: process.env.SESSION_SECRET || "fallback-secret",
  // ok: hardcoded-secret-config-key
  secretName: "prod/app/jwt",
  // ok: hardcoded-secret-config-key
  cryptoKeyId: "alias/app",
  // ok: hardcoded-secret-config-key
  publicKey: "-----BEGIN PUBLIC KEY-----\nMIIB",
  // ok: hardcoded-secret-config-key
  jwtSecret2: process.env.JWT_SECRET,
  // ok: hardcoded-secret-config-key
  tokenSecret: process.env.TOKEN_SECRET ?? "",
  // ok: hardcoded-secret-config-key
  signingKey: config.signingKey,
};

// ruleid: hardcoded-secret-config-key
const privateKey = process.env.JWT_PRIVATE_KEY || "placeholder-private-key";
// ruleid: hardcoded-secret-config-key
config.appKey = "base64:AbCdEf==";
// ok: hardcoded-secret-config-key
const secretArn = "arn:aws:secretsmanager:eu-west-3:123456789012:secret:app";
// ok: hardcoded-secret-config-key
const jwtKey = loadKey();
// ok: hardcoded-secret-config-key
app.use(session({ secret: "reported-by-session-secret-literal" }));
declare function loadKey(): string;
export { privateKey, secretArn, jwtKey };

const MASK = "[secret]";
export const masked = {
  // ok: hardcoded-secret-config-key
  primaryMasterKey: MASK,
  // ok: hardcoded-secret-config-key
  "pulumi-config-plaintext-secret": ["A02"],
};
// ok: hardcoded-secret-config-key
export const plaintextSecret = describe({ name: "x", text: "y" });
// ok: hardcoded-secret-config-key
const secrets = [masked.primaryMasterKey].filter((s) => s !== "REDACTED");
declare function describe(o: object): object;
export { secrets };

// A token literal that looks generated.
// ruleid: hardcoded-secret-config-key
var token = "SECRET_TOKEN_f8ed84e8f41e4146403dd4a6bbcea5e418d23a9";
// ruleid: hardcoded-secret-config-key
const client = { apiToken: "ghx7Qw2LmP9sT4vB8nK1zR5c" };
// A token name holding words, a placeholder or a short value is not a credential.
// ok: hardcoded-secret-config-key
const csrfToken = "missing";
// ok: hardcoded-secret-config-key
const tokenHeader = "Authorization bearer header";
