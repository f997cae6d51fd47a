// Network predicates shared by the AWS and Azure exposure rules (family D).

/** Sources that mean "the whole internet" (CLAUSIER-CHECKS D: 0.0.0.0/0, ::/0, *, Internet, Any). */
export function isOpenSource(src: string): boolean {
  const s = src.trim().toLowerCase();
  return s === "0.0.0.0/0" || s === "::/0" || s === "*" || s === "internet" || s === "any" || s === "0.0.0.0" || s === "0.0.0.0/0.0.0.0";
}

function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

/** [first, last] addresses of an IPv4 CIDR or single address; undefined when not IPv4. */
export function ipv4Range(cidr: string): [number, number] | undefined {
  const [ip, bitsStr] = cidr.trim().split("/");
  const base = ipv4ToInt(ip);
  if (base === undefined) return undefined;
  const bits = bitsStr === undefined ? 32 : Number(bitsStr);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  const first = Math.floor(base / size) * size;
  return [first, first + size - 1];
}

/** True when every address of `inner` lies inside one of `allowed` (IPv4; IPv6 must match exactly). */
export function cidrWithin(inner: string, allowed: string[]): boolean {
  const r = ipv4Range(inner);
  if (!r) return allowed.some((a) => a.trim().toLowerCase() === inner.trim().toLowerCase());
  return allowed.some((a) => {
    const ar = ipv4Range(a);
    return !!ar && ar[0] <= r[0] && r[1] <= ar[1];
  });
}

export function ipRangeWithin(start: string, end: string, allowed: string[]): boolean {
  const s = ipv4ToInt(start);
  const e = ipv4ToInt(end);
  if (s === undefined || e === undefined) return false;
  return allowed.some((a) => {
    const ar = ipv4Range(a);
    return !!ar && ar[0] <= s && e <= ar[1];
  });
}

/** Whether a port range [from, to] (or protocol "all") covers one of the admin ports. */
export function coveredAdminPorts(from: number | undefined, to: number | undefined, protocol: string | undefined, adminPorts: number[]): number[] {
  const p = (protocol ?? "").toLowerCase();
  if (p === "-1" || p === "all" || p === "*") return [...adminPorts];
  if (p === "icmp" || p === "icmpv6" || p === "1" || p === "58") return [];
  const lo = from ?? 0;
  const hi = to ?? from ?? 65535;
  return adminPorts.filter((port) => lo <= port && port <= hi);
}

/** Parses Azure port specs: "22", "20-23", "*". */
export function azurePortsCovered(spec: string, adminPorts: number[]): number[] {
  const s = spec.trim();
  if (s === "*") return [...adminPorts];
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return [];
  return coveredAdminPorts(Number(m[1]), Number(m[2] ?? m[1]), "tcp", adminPorts);
}

/** Internal address space (RFC 1918, shared CGNAT 100.64/10, IPv6 ULA fc00::/7): not reachable from the internet. */
const PRIVATE_V4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"];
export function isPrivateCidr(cidr: string): boolean {
  const s = cidr.trim().toLowerCase();
  if (s.includes(":")) return /^f[cd][0-9a-f]{0,2}:/.test(s);
  return ipv4Range(s) !== undefined && cidrWithin(s, PRIVATE_V4);
}
