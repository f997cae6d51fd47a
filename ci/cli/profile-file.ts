// Reads the hospital profile (YAML) from a file or from a hospital-owned URL pinned by its
// sha256. A missing --profile means the embedded defaults; a profile that cannot be read, parsed
// or does not match its pinned digest is an input error naming it (and the line).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import YAML from "yaml";
import { defaultProfile, parseProfile, ProfileError, type Profile } from "../../policies/core/profile";
import { InputError } from "../result/errors";

export function loadProfileFile(file: string | undefined): Profile {
  if (!file) return defaultProfile();
  return parseProfileText(readProfileFile(file), file);
}

export function readProfileFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`profile ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decodeProfile(bytes, file);
}

/** A profile is UTF-8: replacement characters would change names and patterns without a word. */
export function decodeProfile(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`profile ${source}: not valid UTF-8 (save it as UTF-8)`);
  }
}

export function parseProfileText(text: string, source: string): Profile {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    const err = e as Error & { linePos?: Array<{ line: number }> };
    const line = err.linePos?.[0]?.line;
    throw new InputError(`profile ${source}${line ? `:${line}` : ""}: invalid YAML: ${err.message.split("\n")[0]}`);
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new InputError(`profile ${source}: must be a YAML map of settings`);
  }
  try {
    return parseProfile(data ?? {}, source);
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(e.message);
    throw e;
  }
}

export const isProfileUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

/** A profile published by the hospital: fetched once, and used only if it has the pinned digest. */
export async function fetchProfile(url: string, sha256: string | undefined, timeoutMs = 30_000): Promise<string> {
  if (!sha256) throw new InputError(`profile ${url}: a profile read from a URL needs --profile-sha256 (its digest, from the hospital)`);
  let res: Response;
  try {
    res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new InputError(`profile ${url}: cannot be fetched (${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message})`);
  }
  if (!res.ok) throw new InputError(`profile ${url}: cannot be fetched (HTTP ${res.status})`);
  return decodeProfile(new Uint8Array(await res.arrayBuffer()), url);
}

/** --profile-sha256: the profile in use must be the one the hospital published, byte for byte. */
export function checkProfileDigest(text: string, source: string, sha256: string | undefined): void {
  if (sha256 === undefined) return;
  if (!/^[0-9a-f]{64}$/i.test(sha256)) throw new InputError(`--profile-sha256 must be 64 hexadecimal digits (got '${sha256}')`);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha256.toLowerCase()) throw new InputError(`profile ${source}: sha256 is ${actual}, not the pinned ${sha256.toLowerCase()} (--profile-sha256): refusing a profile the hospital did not publish`);
}
