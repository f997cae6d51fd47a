// Database server firewall rules (D12): the [start, end] range of a rule, classified.
import { ipRangeWithin } from "../../../core/network";
import { isUnknown } from "../../../core/unknown";

export const DB_FIREWALL_TYPES = [
  "azure-native:sql:FirewallRule",
  "azure-native:dbforpostgresql:FirewallRule",
  "azure-native:dbformysql:FirewallRule",
];

export type FirewallRange =
  | { kind: "unknown" }
  | { kind: "internet" | "azure-services"; start: string; end: string }
  | { kind: "range"; start: string; end: string; allowed: boolean };

export function firewallRange(props: Record<string, unknown>, adminCidrs: string[]): FirewallRange {
  const start = props.startIpAddress;
  const end = props.endIpAddress;
  if (isUnknown(start) || isUnknown(end) || typeof start !== "string" || typeof end !== "string") return { kind: "unknown" };
  const s = start.trim();
  const e = end.trim();
  if (s === "0.0.0.0" && e === "255.255.255.255") return { kind: "internet", start: s, end: e };
  // 0.0.0.0–0.0.0.0 is the "Allow Azure services" switch: every Azure tenant's traffic, not only ours.
  if (s === "0.0.0.0" && e === "0.0.0.0") return { kind: "azure-services", start: s, end: e };
  return { kind: "range", start: s, end: e, allowed: ipRangeWithin(s, e, adminCidrs) };
}
