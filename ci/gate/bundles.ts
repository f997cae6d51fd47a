// Minified and vendored third-party bundles (jquery.min.js, bootstrap.bundle.js, showdown.min.js):
// SAST rules read a library's own idioms there (eval, innerHTML, Function) and spend most of their
// time on it, so these files are scanned for secrets and provenance only, and listed as such.
// Content and names are the pull request's to write (a banner comment or a minifier turns any
// file into a "bundle"), so only where the hospital's profile accepts bundles (gate.vendoredPaths)
// does a file whose content is a bundle (a known library's licence banner, or minified lines)
// skip the SAST rules. Elsewhere every file is read by them.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../policies/core/model";
import { isExcluded } from "../../policies/core/glob";
import { TOOL_NAME } from "../result/model";
import { BUNDLE_SAST_SKIPPED } from "./rules";

export interface Bundle {
  file: string;
  /** The library a licence banner names (with its version when the banner gives one). */
  library?: string;
  /** Why: `banner`, `minified`, plus the supporting `min-name` / `vendor-folder`. */
  reasons: string[];
}

/** Files the bundle check looks at: the JavaScript the SAST rules would otherwise read. */
const SCRIPT = /\.(?:[cm]?js)$/i;
const MIN_NAME = /[.-](?:min|bundle|prod|production)\.[cm]?js$/i;
const VENDOR_DIR = /(?:^|\/)(?:vendor|vendors|third[_-]?party|bower_components|jspm_packages|web_modules)\/|(?:^|\/)(?:public|static|assets|www|wwwroot)\/(?:js\/)?(?:lib|libs)\//i;
/** Bytes read from the start of a file: banners sit there, and minified lines show at once. */
export const SAMPLE_BYTES = 64 * 1024;

/** Licence banners of widely vendored libraries, read in the first lines. */
const BANNERS: { library: string; re: RegExp }[] = [
  { library: "jQuery UI", re: /jQuery UI - v?(\d[\w.-]*)/ },
  { library: "jQuery", re: /jQuery (?:JavaScript Library )?v?(\d+\.\d[\w.-]*)/ },
  { library: "Bootstrap", re: /Bootstrap v(\d[\w.-]*)/ },
  { library: "Font Awesome", re: /Font Awesome (?:Free |Pro )?(\d[\w.-]*)/ },
  { library: "Lodash", re: /(?:Lodash|lodash\.com)[^\n]*?(\d+\.\d+\.\d+)?/ },
  { library: "Underscore.js", re: /Underscore\.js (\d[\w.-]*)/ },
  { library: "Moment.js", re: /moment\.js[\s\S]{0,80}?version : (\d[\w.-]*)/ },
  { library: "AngularJS", re: /@license AngularJS v(\d[\w.-]*)/ },
  { library: "React", re: /@license React[\s\S]{0,40}?v?(\d+\.\d[\w.-]*)?/ },
  { library: "Vue.js", re: /Vue\.js v(\d[\w.-]*)/ },
  { library: "D3", re: /https:\/\/d3js\.org v(\d[\w.-]*)/ },
  { library: "Chart.js", re: /Chart\.js v?(\d[\w.-]*)/ },
  { library: "Popper.js", re: /(?:@popperjs\/core|Popper\.js) v(\d[\w.-]*)/ },
  { library: "showdown", re: /showdown v ?(\d[\w.-]*)/ },
  { library: "Modernizr", re: /Modernizr (?:v)?(\d[\w.-]*)/ },
  { library: "Handlebars", re: /@license handlebars v(\d[\w.-]*)/i },
  { library: "highlight.js", re: /Highlight\.js v?(\d[\w.-]*)/i },
  { library: "Axios", re: /Axios v(\d[\w.-]*)/ },
  { library: "Socket.IO", re: /Socket\.IO v(\d[\w.-]*)/ },
  { library: "DataTables", re: /DataTables (\d[\w.-]*)/ },
];

/** Minified: one very long line, or long lines on average (whitespace stripped by a minifier). */
function isMinified(sample: string): boolean {
  const lines = sample.split("\n");
  // The last line may be cut by the sample size; it still counts as long.
  let longest = 0;
  for (const l of lines) if (l.length > longest) longest = l.length;
  const average = sample.length / lines.length;
  return longest >= 2000 || (longest >= 500 && average >= 200);
}

/** Pure: is this file, given its first bytes, a third-party bundle? */
export function classifyBundle(file: string, sample: string): Bundle | undefined {
  if (!SCRIPT.test(file)) return undefined;
  const reasons: string[] = [];
  let library: string | undefined;
  // Banners are comments at the very top of the file.
  const head = sample.slice(0, 1500);
  if (/^\s*(?:\/\*|\/\/)/.test(head)) {
    for (const b of BANNERS) {
      const m = b.re.exec(head);
      if (m) {
        library = m[1] ? `${b.library} ${m[1]}` : b.library;
        reasons.push("banner");
        break;
      }
    }
  }
  if (isMinified(sample)) reasons.push("minified");
  if (reasons.length === 0) return undefined;
  if (MIN_NAME.test(file)) reasons.push("min-name");
  if (VENDOR_DIR.test(file)) reasons.push("vendor-folder");
  return { file, ...(library ? { library } : {}), reasons };
}

function readSample(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const n = readSync(fd, buf, 0, SAMPLE_BYTES, 0);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The bundles among repository-relative files under the profile's vendoredPaths (an unreadable file is not a bundle: it stays scanned). */
export function findBundles(root: string, files: readonly string[], vendoredPaths: readonly string[]): Bundle[] {
  const out: Bundle[] = [];
  if (!vendoredPaths.length) return out;
  for (const f of files) {
    if (!SCRIPT.test(f) || !isExcluded(f, vendoredPaths)) continue;
    const sample = readSample(join(root, f));
    const b = sample === undefined ? undefined : classifyBundle(f, sample);
    if (b) out.push(b);
  }
  return out;
}

/** One advisory note per bundle, so every report lists what the SAST rules did not read. */
export function bundleNotes(bundles: readonly Bundle[]): Finding[] {
  return bundles.map((b) => {
    const what = [b.library, b.reasons.includes("minified") ? "minifié" : undefined].filter(Boolean).join(", ");
    const whatEn = [b.library, b.reasons.includes("minified") ? "minified" : undefined].filter(Boolean).join(", ");
    return {
      source: "gate", rule: BUNDLE_SAST_SKIPPED.name, clauses: BUNDLE_SAST_SKIPPED.clauses, severity: BUNDLE_SAST_SKIPPED.severity,
      enforcementLevel: "advisory", scanner: TOOL_NAME, file: b.file,
      message: {
        fr: `bundle tiers (${what}) : analysé pour les secrets et la provenance seulement, pas par les règles SAST`,
        en: `third-party bundle (${whatEn}): scanned for secrets and provenance only, not by the SAST rules`,
      },
      fingerprint: createHash("sha256").update(`${BUNDLE_SAST_SKIPPED.name}\0${b.file}`).digest("hex").slice(0, 32),
    };
  });
}
