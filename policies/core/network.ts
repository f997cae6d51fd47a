// Addresses, CIDR ranges and ports: the one module every rule and detector reads them through
// (the exposure policies of family D, the gate's sensitive-comments detector). Parsing and
// range arithmetic are ipaddr.js's; this module only says which ranges mean what.
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Cidr = [Address, number];

/** Sources that mean "the whole internet" as providers spell them (docs/clauses.md, family D). */
const OPEN_WORDS = new Set(["*", "internet", "any", "0.0.0.0", "0.0.0.0/0.0.0.0"]);

/** A single address, four-part decimal for IPv4 (ipaddr.js alone also accepts `10.1` or hex). */
export function parseAddress(text: string): Address | undefined {
  const s = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s);
  if (ipaddr.IPv6.isValid(s)) return ipaddr.IPv6.parse(s);
  return undefined;
}

/** A CIDR, or a single address as its /32 (/128); undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const s = text.trim();
  const slash = s.indexOf("/");
  if (slash < 0) {
    const a = parseAddress(s);
    return a && [a, a.kind() === "ipv4" ? 32 : 128];
  }
  if (!parseAddress(s.slice(0, slash)) || !/^\d{1,3}$/.test(s.slice(slash + 1))) return undefined;
  try {
    return ipaddr.parseCIDR(s);
  } catch {
    return undefined;
  }
}

/** Whether every address of `inner` lies inside `outer` (same family, at least as long a prefix). */
function cidrInside(inner: Cidr, outer: Cidr): boolean {
  return inner[0].kind() === outer[0].kind() && inner[1] >= outer[1] && inner[0].match(outer);
}

function insideAny(cidr: Cidr, list: readonly string[]): boolean {
  return list.some((a) => {
    const outer = parseCidr(a);
    return !!outer && cidrInside(cidr, outer);
  });
}

export function isOpenSource(src: string): boolean {
  const s = src.trim().toLowerCase();
  if (OPEN_WORDS.has(s)) return true;
  return s.includes("/") && parseCidr(s)?.[1] === 0;
}

/** True when every address of `inner` (CIDR or address, IPv4 or IPv6) lies inside one of `allowed`. */
export function cidrWithin(inner: string, allowed: readonly string[]): boolean {
  const r = parseCidr(inner);
  if (!r) return allowed.some((a) => a.trim().toLowerCase() === inner.trim().toLowerCase());
  return insideAny(r, allowed);
}

/** True when the range [start, end] is well-formed and lies inside one of `allowed`. */
export function ipRangeWithin(start: string, end: string, allowed: readonly string[]): boolean {
  const s = parseAddress(start);
  const e = parseAddress(end);
  if (!s || !e || s.kind() !== e.kind() || compare(s, e) > 0) return false;
  const bits = s.kind() === "ipv4" ? 32 : 128;
  return allowed.some((a) => {
    const outer = parseCidr(a);
    return !!outer && cidrInside([s, bits], outer) && cidrInside([e, bits], outer);
  });
}

function compare(a: Address, b: Address): number {
  const x = a.toByteArray();
  const y = b.toByteArray();
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** Internal address space (RFC 1918, shared CGNAT 100.64/10, IPv6 ULA fc00::/7): not reachable from the internet. */
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"];
const LINK_LOCAL = ["169.254.0.0/16", "fe80::/10"];
/** Addresses a comment may show: loopback, unspecified, documentation ranges (RFC 5737, 3849), masks and broadcast. */
const HARMLESS = ["127.0.0.0/8", "0.0.0.0/8", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "255.0.0.0/8", "::/128", "::1/128", "2001:db8::/32"];

export function isPrivateCidr(cidr: string): boolean {
  const r = parseCidr(cidr);
  return !!r && insideAny(r, PRIVATE);
}

/** An address on an internal network (private or link-local), as opposed to a public one. */
export function isInternalAddress(ip: string): boolean {
  const r = parseCidr(ip);
  return !!r && (insideAny(r, PRIVATE) || insideAny(r, LINK_LOCAL));
}

export function isHarmlessAddress(ip: string): boolean {
  const r = parseCidr(ip);
  return !!r && insideAny(r, HARMLESS);
}

/** Whether a port range [from, to] (or protocol "all") covers one of the admin ports. */
export function coveredAdminPorts(from: number | undefined, to: number | undefined, protocol: string | undefined, adminPorts: readonly number[]): number[] {
  const p = (protocol ?? "").toLowerCase();
  if (p === "-1" || p === "all" || p === "*") return [...adminPorts];
  if (p === "icmp" || p === "icmpv6" || p === "1" || p === "58") return [];
  const lo = from ?? 0;
  const hi = to ?? from ?? 65535;
  return adminPorts.filter((port) => lo <= port && port <= hi);
}

/** Parses Azure port specs: "22", "20-23", "*". */
export function azurePortsCovered(spec: string, adminPorts: readonly number[]): number[] {
  const s = spec.trim();
  if (s === "*") return [...adminPorts];
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return [];
  return coveredAdminPorts(Number(m[1]), Number(m[2] ?? m[1]), "tcp", adminPorts);
}
