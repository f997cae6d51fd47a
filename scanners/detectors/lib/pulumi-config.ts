// Reading `Pulumi.<stack>.yaml` with line numbers.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { baseName } from "./paths";

export function stackNameOf(path: string): string | undefined {
  const m = /^Pulumi\.(.+)\.ya?ml$/.exec(baseName(path));
  return m ? m[1] : undefined;
}

export interface ConfigLeaf {
  /** Key path, e.g. `app:db.password`. */
  key: string;
  /** Last key segment (after `namespace:` and dots). */
  leaf: string;
  value: unknown;
  /** The value node is a map containing `secure`. */
  secure: boolean;
  line: number;
}

/** All config keys (at every depth) of a stack file; `undefined` when the YAML is invalid. */
export function configLeaves(text: string): ConfigLeaf[] | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length) return undefined;
  const root = doc.contents;
  if (!isMap(root)) return [];
  const cfg = root.items.find((p) => isScalar(p.key) && p.key.value === "config")?.value as Node | undefined;
  const out: ConfigLeaf[] = [];
  const walk = (node: Node | null | undefined, prefix: string): void => {
    if (isMap(node)) {
      for (const p of node.items) {
        const k = isScalar(p.key) ? String(p.key.value) : "?";
        const v = p.value as Node | null;
        const key = prefix ? `${prefix}.${k}` : k;
        const secure = isMap(v) && v.items.some((x) => isScalar(x.key) && x.key.value === "secure");
        const range = (p.key as Node | null)?.range;
        out.push({ key, leaf: k.slice(k.lastIndexOf(":") + 1), value: isScalar(v) ? v.value : v?.toJSON(), secure, line: range ? lc.linePos(range[0]).line : 1 });
        if (!secure) walk(v, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((x, i) => walk(x as Node, `${prefix}[${i}]`));
    }
  };
  walk(cfg, "");
  return out;
}
