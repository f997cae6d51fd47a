// Application Gateway helpers: sub-resources reference each other by ARM id, whose last segment is
// the referenced element's `name` inside the same gateway.
import { bags, get, type Bag } from "../../../core/props";

/** The name a sub-resource reference points to (`.../httpListeners/<name>` → `<name>`). */
export function refName(ref: unknown): string | undefined {
  const id = get(ref, "id");
  if (typeof id !== "string") return undefined;
  const parts = id.split("/").filter(Boolean);
  return parts.length ? parts[parts.length - 1] : undefined;
}

export function byName(props: Bag, collection: string, name: string | undefined): Bag | undefined {
  if (name === undefined) return undefined;
  return bags(props[collection]).find((x) => x.name === name);
}
