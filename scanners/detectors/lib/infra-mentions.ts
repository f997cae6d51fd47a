// IP addresses and internal host names mentioned in text, for sensitive comments (O-12.5.14,
// docs/clauses.md T2-C2). Finding the candidates is this module's; what an address is (valid,
// private, harmless) is policies/core/network.ts's.
import { isHarmlessAddress, isInternalAddress, parseAddress } from "../../../policies/core/network";

export const IPV4_RE = /(?<![\w.-]|\bO\s)(\d{1,3}(?:\.\d{1,3}){3})(?:\/\d{1,2})?(?!\.?\d)(?![\w])/g;
export const IPV6_RE = /(?<![\w:.])((?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,7})(?:\/\d{1,3})?(?![\w:])/g;

/** Candidates that are valid IPv6 and not C++/Rust paths (`a::b`): at least one 4-digit group or 3 groups. */
function plausibleV6(ip: string): boolean {
  if (parseAddress(ip)?.kind() !== "ipv6") return false;
  const groups = ip.split(":").filter(Boolean);
  return groups.some((x) => x.length === 4) || groups.length >= 3;
}

export interface IpMatch {
  index: number;
  value: string;
  private: boolean;
}

export function findSensitiveIps(text: string): IpMatch[] {
  const out: IpMatch[] = [];
  const take = (m: RegExpMatchArray, valid: (ip: string) => boolean) => {
    const ip = m[1]!;
    if (!valid(ip) || isHarmlessAddress(ip)) return;
    out.push({ index: m.index!, value: m[0], private: isInternalAddress(ip) });
  };
  for (const m of text.matchAll(IPV4_RE)) take(m, (ip) => parseAddress(ip)?.kind() === "ipv4");
  for (const m of text.matchAll(IPV6_RE)) take(m, plausibleV6);
  return out;
}

/** Host names ending with one of the internal suffixes (`.local`, `.intra`, hospital suffixes…). */
export function findInternalHosts(text: string, suffixes: readonly string[]): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  const cleaned = suffixes.map((s) => s.toLowerCase().replace(/^\*?\.?/, "")).filter(Boolean);
  if (!cleaned.length) return out;
  const alt = cleaned.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const re = new RegExp(`(?<![\\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${alt}))(?![\\w(-]|\\.[a-z0-9])`, "gi");
  for (const m of text.matchAll(re)) {
    const first = m[1].split(".")[0].toLowerCase();
    if (["this", "self", "window", "globalthis", "module", "exports"].includes(first)) continue;
    out.push({ index: m.index, value: m[1] });
  }
  return out;
}
