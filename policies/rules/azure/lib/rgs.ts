// RGS B1 (v2.03) thresholds used by the Key Vault key rules (docs/checks.md §6.3).
import { get, num } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";

/** RSA 2048 is accepted up to the end of 2030; 3072 bits are required after. */
export const RSA_2048_UNTIL = new Date("2031-01-01T00:00:00Z");
export const RSA_MIN_BITS = 2048;
export const RSA_LONG_TERM_BITS = 3072;

export type RsaSize = { kind: "not-rsa" } | { kind: "unknown" } | { kind: "rsa"; bits: number; defaulted: boolean };

/** The RSA modulus of a keyvault:Key (`properties.keySize` absent means the service default, 2048). */
export function rsaSize(props: Record<string, unknown>): RsaSize {
  const kty = get(props, "properties.kty");
  const size = get(props, "properties.keySize");
  if (isUnknown(kty)) return { kind: "unknown" };
  if (!(typeof kty === "string" && kty.toUpperCase().startsWith("RSA"))) return { kind: "not-rsa" };
  if (isUnknown(size)) return { kind: "unknown" };
  const bits = num(size);
  return bits === undefined ? { kind: "rsa", bits: RSA_MIN_BITS, defaulted: true } : { kind: "rsa", bits, defaulted: false };
}
