// Builds osv-scanner's offline database from the recorded advisories in test/fixtures/osv-db:
// `<dir>/npm/all.zip`, a plain (stored) zip of the OSV JSON records.
import { crc32 } from "node:zlib";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const OSV_FIXTURES = join(__dirname, "../../fixtures/osv-db");

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip archive (method 0, no compression) of the given files. */
export function storedZip(files: { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const crc = crc32(f.data);
    // version, flags (bit 11: UTF-8 names), method, time, date, crc, sizes, name length, extra length
    const common = [u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc), u32(f.data.length), u32(f.data.length), u16(name.length), u16(0)];
    const header = Buffer.concat([u32(0x04034b50), u16(20), ...common, name]);
    local.push(header, f.data);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += header.length + f.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...local, cd, end]);
}

/** Writes `<dir>/<sub>/npm/all.zip` from the recorded npm advisories (or the ids given). */
export function buildOsvDatabase(dir: string, opts: { sub?: string; only?: string[] } = {}): string {
  const src = join(OSV_FIXTURES, "npm");
  const names = readdirSync(src).filter((f) => f.endsWith(".json") && (!opts.only || opts.only.includes(f.replace(/\.json$/, ""))));
  const out = join(dir, opts.sub ?? "", "npm");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "all.zip"), storedZip(names.map((n) => ({ name: n, data: readFileSync(join(src, n)) }))));
  return dir;
}
