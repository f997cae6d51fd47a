const redirectAllowlist = new Set(["https://github.com/chu-exemple", "https://www.chu-exemple.fr"]);
const ALLOWED_ORIGINS = new Set(["https://www.chu-exemple.fr"]);
const trustedHosts = ["https://labo.example.org"];

export const isRedirectAllowed = (url: string) => {
  let allowed = false;
  for (const allowedUrl of redirectAllowlist) {
    // ruleid: url-allowlist-substring-check
    allowed = allowed || url.includes(allowedUrl);
  }
  return allowed;
};

export function isTrusted(target: string) {
  // ruleid: url-allowlist-substring-check
  return trustedHosts.some((h) => target.indexOf(h) !== -1);
}

export function safe(target: string, roles: string[], items: string[]) {
  // ok: url-allowlist-substring-check
  const okOrigin = ALLOWED_ORIGINS.has(new URL(target).origin);
  // ok: url-allowlist-substring-check
  const okList = trustedHosts.some((h) => new URL(target).origin === h);
  let found = false;
  for (const item of items) {
    // ok: url-allowlist-substring-check
    found = found || roles.includes(item);
  }
  return okOrigin && okList && found;
}
