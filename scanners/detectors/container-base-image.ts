// T2-V4 — O-12.2.4.2 / O-7.2: Dockerfile base images are pinned by digest and not on an end-of-life line.
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { dateStatus, IMAGE_EOL, nodeMajorStatus, NODE_EOL } from "./lib/eol";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";

export function isDockerfile(path: string): boolean {
  const b = baseName(path).toLowerCase();
  return b === "dockerfile" || b.startsWith("dockerfile.") || b.endsWith(".dockerfile") || b === "containerfile";
}

export interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  const [withoutDigest, digest] = ref.split("@");
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  return { name, tag: hasTag ? withoutDigest.slice(colon + 1) : undefined, digest };
}

/** Short image name without registry (`docker.io/library/node` → `node`). */
function shortName(name: string): string {
  const parts = name.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) parts.shift();
  return parts.join("/").replace(/^library\//, "");
}

export const containerBaseImage = defineDetector(
  {
    name: "container-base-image",
    row: "T2-V4",
    clauses: ["O-12.2.4.2", "O-7.2"],
    severity: "medium",
    basis: { kind: "practice" },
    scope: "core",
    description: {
      fr: "Les images de base des Dockerfile sont épinglées par empreinte (@sha256), jamais `latest`, et ne sont pas en fin de vie.",
      en: "Dockerfile base images are pinned by digest (@sha256), never `latest`, and not end of life.",
    },
    remediation: {
      fr: "Écrire `FROM image:version@sha256:<empreinte>` sur une version maintenue, et la mettre à jour par un outil (Renovate/Dependabot).",
      en: "Write `FROM image:version@sha256:<digest>` on a maintained version, and update it with a tool (Renovate/Dependabot).",
    },
  },
  (path) => isDockerfile(path) && !inNodeModules(path) && !isFixturePath(path),
  (file, ctx) => {
    const hits: GateHit[] = [];
    const args = new Map<string, string>();
    const stages = new Set<string>();
    const raw = file.text.split(/\r?\n/);
    for (let i = 0; i < raw.length; i++) {
      const start = i;
      let line = raw[i];
      while (/\\\s*$/.test(line) && i + 1 < raw.length) line = line.replace(/\\\s*$/, " ") + raw[++i];
      const arg = /^\s*ARG\s+([A-Za-z_]\w*)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/i.exec(line);
      if (arg) {
        const v = arg[2] ?? arg[3] ?? arg[4];
        if (v !== undefined) args.set(arg[1], v);
        continue;
      }
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
      if (!from) continue;
      const ref = from[1].replace(/\$\{?([A-Za-z_]\w*)\}?/g, (m, n: string) => args.get(n) ?? m);
      if (from[2]) stages.add(from[2].toLowerCase());
      const lineNo = start + 1;
      if (ref.toLowerCase() === "scratch" || stages.has(ref.toLowerCase()) && ref.toLowerCase() !== (from[2] ?? "").toLowerCase()) continue;
      if (ref.includes("$")) {
        hits.push({ line: lineNo, message: { fr: "image de base non vérifiable (ARG sans valeur par défaut)", en: "base image cannot be checked (ARG without a default)" } });
        continue;
      }
      const img = parseImageRef(ref);
      const short = shortName(img.name);
      if (!img.digest) {
        hits.push({ line: lineNo, message: !img.tag || img.tag === "latest"
          ? { fr: `image de base ${short} en « latest » (non épinglée)`, en: `base image ${short} on "latest" (not pinned)` }
          : { fr: `image de base ${short}:${img.tag} non épinglée par empreinte`, en: `base image ${short}:${img.tag} not pinned by digest` } });
      }
      const tag = img.tag ?? "";
      const nodeMajor = /^node$/.test(short) ? /^(\d+)/.exec(tag) : null;
      if (nodeMajor && nodeMajorStatus(Number(nodeMajor[1]), ctx.now, 0) === "eol") {
        hits.push({ line: lineNo, message: { fr: `image de base Node.js ${nodeMajor[1]} en fin de vie (${NODE_EOL[Number(nodeMajor[1])] ?? "< 2023"})`, en: `Node.js ${nodeMajor[1]} base image is end of life (${NODE_EOL[Number(nodeMajor[1])] ?? "< 2023"})` } });
      }
      for (const e of IMAGE_EOL) {
        if (e.image.test(short) && e.tag.test(tag) && dateStatus(e.eol, ctx.now, 0) === "eol") {
          hits.push({ line: lineNo, message: { fr: `image de base ${e.label} en fin de vie (${e.eol})`, en: `${e.label} base image is end of life (${e.eol})` } });
        }
      }
    }
    return hits;
  },
);
