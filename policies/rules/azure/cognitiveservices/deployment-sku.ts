// Azure OpenAI / AI Foundry deployment SKUs: where prompts may be processed.
import { get } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";

export type Processing = "regional" | "global" | "datazone" | "unknown";

export function deploymentProcessing(props: Record<string, unknown>): { kind: Processing; sku: string } {
  const sku = get(props, "sku.name");
  if (isUnknown(sku)) return { kind: "unknown", sku: "unknown" };
  // Absent: the service default, Standard (regional).
  if (typeof sku !== "string") return { kind: "regional", sku: "absent" };
  const s = sku.toLowerCase();
  if (s.startsWith("global")) return { kind: "global", sku };
  if (s.startsWith("datazone")) return { kind: "datazone", sku };
  return { kind: "regional", sku };
}
