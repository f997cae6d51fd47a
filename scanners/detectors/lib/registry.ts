// Registry URL checks shared by the provenance detectors.

/** True when `url` is served by one of the allowed registries (host names or URL prefixes). */
export function isAllowedRegistryUrl(url: string, allowed: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== "https:") return false;
  return allowed.some((a) => {
    if (/^https?:\/\//i.test(a)) return url.toLowerCase().startsWith(a.toLowerCase().replace(/\/?$/, "/")) || url.toLowerCase() === a.toLowerCase();
    return u.hostname.toLowerCase() === a.toLowerCase().replace(/\/.*$/, "");
  });
}

export type SourceKind = "git" | "http" | "file" | "other-scheme" | "foreign-host" | "userinfo" | "ok";

export function classifyResolved(resolved: string, allowed: readonly string[]): SourceKind {
  const r = resolved.trim();
  if (/^(git\+|git:|git@|github:|gitlab:|bitbucket:|gist:|ssh:)/i.test(r)) return "git";
  if (/^http:/i.test(r)) return "http";
  if (/^file:/i.test(r)) return "file";
  if (!/^https:/i.test(r)) return "other-scheme";
  try {
    const u = new URL(r);
    if (u.username || u.password) return "userinfo";
  } catch {
    return "other-scheme";
  }
  return isAllowedRegistryUrl(r, allowed) ? "ok" : "foreign-host";
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "?";
  }
}
