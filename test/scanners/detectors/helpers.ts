// Synthetic test values, computed rather than pasted (O-12.5.12): NIR keys, IBAN checksums,
// personal-looking e-mails and phone numbers are built at run time, so this repository never
// stores a real-looking value.
import { composeIBAN } from "ibantools";
import type { GateDetector, GateHit, RepoView } from "../../../scanners/detectors";
import { nirKey } from "../../../scanners/detectors/lib/nir";
import { defaultProfile, type Profile } from "../../../policies/core/profile";

/** A NIR with its key: `valid` computes the right key, otherwise the key is off by one. */
export function makeNir(body13: string, valid = true, spaced = false): string {
  const key = nirKey(body13);
  const k = valid ? key : (key % 97) + 1;
  const v = body13 + String(k).padStart(2, "0");
  return spaced ? `${v[0]} ${v.slice(1, 3)} ${v.slice(3, 5)} ${v.slice(5, 7)} ${v.slice(7, 10)} ${v.slice(10, 13)} ${v.slice(13)}` : v;
}

/** A French IBAN with a valid checksum (bank/branch/account/RIB key made up). */
export function makeIban(bban = "30001007941234567890185"): string {
  return composeIBAN({ countryCode: "FR", bban })!;
}

/** The same IBAN with its check digits broken. */
export function badIban(): string {
  const v = makeIban();
  const cd = (Number(v.slice(2, 4)) + 1) % 100;
  return "FR" + String(cd).padStart(2, "0") + v.slice(4);
}

export const at = (local: string, domain: string): string => `${local}@${domain}`;
/** 0X XX XX XX XX built from parts so no phone literal sits in the source. */
export const phone = (...parts: string[]): string => parts.join(" ");
/** Production INS OIDs, assembled (the detectors would flag the literal). */
export const INS_NIR_OID = ["1.2.250.1.213.1.4", "8"].join(".");
export const INS_TEST_OID = ["1.2.250.1.213.1.4", "10"].join(".");

export function repo(files: Record<string, string> = {}): RepoView {
  return { exists: (p) => p in files, read: (p) => files[p] };
}

export function ctx(opts: { files?: Record<string, string>; profile?: Partial<Profile>; gate?: Partial<Profile["gate"]>; now?: Date } = {}) {
  const p = defaultProfile();
  const profile: Profile = { ...p, ...opts.profile, gate: { ...p.gate, ...opts.gate } };
  return { profile, now: opts.now ?? new Date("2026-05-15T00:00:00Z"), repo: repo(opts.files) };
}

export function run(d: GateDetector, path: string, text: string, c = ctx()): GateHit[] {
  if (!d.appliesTo(path)) return [];
  return d.scan({ path, text }, c);
}
