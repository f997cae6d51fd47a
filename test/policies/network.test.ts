// policies/core/network.ts: the one module that reads addresses and CIDR ranges (over ipaddr.js).
import { describe, expect, it } from "vitest";
import { cidrWithin, ipRangeWithin, isHarmlessAddress, isInternalAddress, isOpenSource, isPrivateCidr, parseCidr } from "../../policies/core/network";

describe("network", () => {
  it("recognises the whole internet however it is spelt", () => {
    for (const s of ["0.0.0.0/0", " ::/0 ", "*", "Internet", "any", "0.0.0.0", "0.0.0.0/0.0.0.0", "0::0/0"]) expect(isOpenSource(s), s).toBe(true);
    for (const s of ["10.0.0.0/8", "0.0.0.0/1", "::1", "VirtualNetwork", ""]) expect(isOpenSource(s), s).toBe(false);
  });
  it("contains IPv4 and IPv6 ranges in the allowed ranges", () => {
    expect(cidrWithin("192.0.2.10", ["192.0.2.0/24"])).toBe(true);
    expect(cidrWithin("192.0.2.0/25", ["10.0.0.0/8", "192.0.2.0/24"])).toBe(true);
    expect(cidrWithin("192.0.2.0/23", ["192.0.2.0/24"])).toBe(false);
    expect(cidrWithin("10.1.2.3/8", ["10.0.0.0/8"])).toBe(true);
    expect(cidrWithin("2001:db8:1::/48", ["2001:db8::/32"])).toBe(true);
    expect(cidrWithin("2001:db9::/48", ["2001:db8::/32"])).toBe(false);
    // An IPv4 range is never inside an IPv6 one, and the other way round.
    expect(cidrWithin("10.0.0.1", ["::/0"])).toBe(false);
    // Not an address: only an exact (case-insensitive) entry matches, as for service tags.
    expect(cidrWithin("AzureFrontDoor.Backend", ["azurefrontdoor.backend"])).toBe(true);
    expect(cidrWithin("10.1", ["10.0.0.0/8"])).toBe(false);
  });
  it("refuses malformed CIDRs instead of guessing", () => {
    for (const s of ["10.0.0.0/33", "10.0.0.0/", "10.0.0/8", "0x0a.0.0.1", "300.1.1.1", "fe80::/129", "10.0.0.0/8/8"]) expect(parseCidr(s), s).toBeUndefined();
    expect(parseCidr("10.0.0.0/8")?.[1]).toBe(8);
    expect(parseCidr("2001:db8::1")?.[1]).toBe(128);
  });
  it("checks address ranges end to end", () => {
    expect(ipRangeWithin("192.0.2.1", "192.0.2.200", ["192.0.2.0/24"])).toBe(true);
    expect(ipRangeWithin("192.0.2.1", "192.0.3.1", ["192.0.2.0/24"])).toBe(false);
    expect(ipRangeWithin("192.0.2.9", "192.0.2.1", ["192.0.2.0/24"])).toBe(false);
    expect(ipRangeWithin("0.0.0.0", "255.255.255.255", ["192.0.2.0/24"])).toBe(false);
    expect(ipRangeWithin("192.0.2.1", "2001:db8::1", ["0.0.0.0/0", "::/0"])).toBe(false);
  });
  it("classifies internal, link-local and harmless addresses", () => {
    for (const s of ["10.0.0.0/8", "172.16.5.0/24", "192.168.1.1", "100.64.0.0/10", "fd12:3456::/48"]) expect(isPrivateCidr(s), s).toBe(true);
    for (const s of ["172.32.0.0/16", "8.8.8.8", "0.0.0.0/0", "fe80::1", "10.0.0.0/7"]) expect(isPrivateCidr(s), s).toBe(false);
    expect(isInternalAddress("169.254.169.254")).toBe(true);
    expect(isInternalAddress("fe80::1")).toBe(true);
    expect(isInternalAddress("8.8.8.8")).toBe(false);
    for (const s of ["127.0.0.1", "0.0.0.0", "192.0.2.7", "198.51.100.1", "203.0.113.9", "255.255.255.0", "::1", "::", "2001:db8::5"]) expect(isHarmlessAddress(s), s).toBe(true);
    for (const s of ["10.0.0.1", "8.8.8.8", "2001:4860::8888"]) expect(isHarmlessAddress(s), s).toBe(false);
  });
});
