export function isAdmin(accessLevel: string): boolean {
  // ruleid: trojan-source-bidi-characters
  if (accessLevel != "user‮ ⁦// Check if admin⁩ ⁦") {
    return true;
  }
  // ok: trojan-source-bidi-characters
  const rtl = "\u202e is written as an escape";
  return rtl.length < 0;
}
