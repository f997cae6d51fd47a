// Inbound Allow rules of an NSG (inline `securityRules[]` or a standalone network:SecurityRule),
// reduced to what the exposure rules need. Unknown fields are kept visible.
import { arr, bags, eqi, strs, type Bag } from "../../../core/props";
import { azurePortsCovered } from "../../../core/network";
import { isUnknown } from "../../../core/unknown";

export interface InboundRule {
  label: string;
  /** null when a source or port field is unknown at preview. */
  sources: string[] | null;
  adminPorts: number[] | null;
}

function fieldUnknown(rule: Bag, keys: string[]): boolean {
  return keys.some((k) => isUnknown(rule[k]) || arr(rule[k]).some(isUnknown));
}

function inbound(rule: Bag, label: string, adminPorts: number[]): InboundRule | "unknown" | undefined {
  if (isUnknown(rule.direction) || isUnknown(rule.access) || isUnknown(rule.protocol)) return "unknown";
  if (!eqi(rule.direction, "Inbound") || !eqi(rule.access, "Allow")) return undefined;
  if (eqi(rule.protocol, "Icmp")) return undefined;
  const srcUnknown = fieldUnknown(rule, ["sourceAddressPrefix", "sourceAddressPrefixes"]);
  const portUnknown = fieldUnknown(rule, ["destinationPortRange", "destinationPortRanges"]);
  const ports = [...strs(rule.destinationPortRange), ...strs(rule.destinationPortRanges)];
  return {
    label,
    sources: srcUnknown ? null : [...strs(rule.sourceAddressPrefix), ...strs(rule.sourceAddressPrefixes)],
    adminPorts: portUnknown ? null : [...new Set(ports.flatMap((p) => azurePortsCovered(p, adminPorts)))],
  };
}

export function inboundRules(type: string, props: Bag, adminPorts: number[]): Array<InboundRule | { label: string; unknown: true }> {
  const list: Array<[Bag, string]> = type === "azure-native:network:SecurityRule"
    ? [[props, typeof props.name === "string" ? props.name : "securityRule"]]
    : bags(props.securityRules).map((r, i) => [r, `securityRules[${i}]${typeof r.name === "string" ? ` (${r.name})` : ""}`]);
  const out: Array<InboundRule | { label: string; unknown: true }> = [];
  if (type !== "azure-native:network:SecurityRule" && isUnknown(props.securityRules)) return [{ label: "securityRules", unknown: true }];
  for (const [r, label] of list) {
    const x = inbound(r, label, adminPorts);
    if (x === "unknown") out.push({ label, unknown: true });
    else if (x) out.push(x);
  }
  return out;
}

export const NSG_TYPES = ["azure-native:network:NetworkSecurityGroup", "azure-native:network:SecurityRule"];
