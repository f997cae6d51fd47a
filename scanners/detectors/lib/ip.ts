// IP addresses and internal host names, for sensitive comments (O-12.5.14, CLAUSIER-CHECKS T2-C2).
import { isIPv4, isIPv6 } from "node:net";

export const IPV4_RE = /(?<![\w.-]|\bO\s)(\d{1,3}(?:\.\d{1,3}){3})(?:\/\d{1,2})?(?!\.?\d)(?![\w])/g;
export const IPV6_RE = /(?<![\w:.])((?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,7})(?:\/\d{1,3})?(?![\w:])/g;

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((a, o) => a * 256 + Number(o), 0);
}

function inV4(ip: string, base: string, bits: number): boolean {
  const span = 2 ** (32 - bits);
  return Math.floor(v4ToInt(ip) / span) === Math.floor(v4ToInt(base) / span);
}

/** Addresses a comment may show: loopback, unspecified, documentation ranges, masks and broadcast. */
export function isHarmlessIPv4(ip: string): boolean {
  return inV4(ip, "127.0.0.0", 8) || inV4(ip, "0.0.0.0", 8) || inV4(ip, "192.0.2.0", 24) || inV4(ip, "198.51.100.0", 24)
    || inV4(ip, "203.0.113.0", 24) || inV4(ip, "255.0.0.0", 8);
}

export function isPrivateIPv4(ip: string): boolean {
  return inV4(ip, "10.0.0.0", 8) || inV4(ip, "172.16.0.0", 12) || inV4(ip, "192.168.0.0", 16) || inV4(ip, "100.64.0.0", 10) || inV4(ip, "169.254.0.0", 16);
}

function expandV6(ip: string): number[] {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const h = head ? head.split(":") : [];
  const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill("0");
  return [...h, ...fill, ...t].map((g) => parseInt(g || "0", 16));
}

export function isHarmlessIPv6(ip: string): boolean {
  const g = expandV6(ip);
  const allZero = g.slice(0, 7).every((x) => x === 0);
  return (allZero && (g[7] === 0 || g[7] === 1)) || (g[0] === 0x2001 && g[1] === 0x0db8);
}

/** Candidates that are valid IPv6 and not C++/Rust paths (`a::b`): at least one 4-digit group or 3 groups. */
function plausibleV6(ip: string): boolean {
  if (!isIPv6(ip)) return false;
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
  for (const m of text.matchAll(IPV4_RE)) {
    const ip = m[1];
    if (!isIPv4(ip) || isHarmlessIPv4(ip)) continue;
    out.push({ index: m.index, value: m[0], private: isPrivateIPv4(ip) });
  }
  for (const m of text.matchAll(IPV6_RE)) {
    const ip = m[1];
    if (!plausibleV6(ip) || isHarmlessIPv6(ip)) continue;
    const first = expandV6(ip)[0];
    out.push({ index: m.index, value: m[0], private: (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 });
  }
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
