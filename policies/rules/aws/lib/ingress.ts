// Inbound network rules of security groups and network ACLs, flattened (family D, docs/checks.md §3.3).
import { bags, bool, num, str, type Bag } from "../../../core/props";
import type { ResourceView } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";

export interface Ingress {
  /** Where the rule sits, e.g. `ingress[0]` or the resource itself. */
  path: string;
  /** Literal CIDR sources (IPv4 and IPv6). */
  sources: string[];
  /** Some source is unknown during preview. */
  unknownSource: boolean;
  from?: number;
  to?: number;
  protocol?: string;
  description: string;
}

function fromBlock(b: Bag, path: string, cidrKeys: string[], protoKey: string): Ingress {
  const sources: string[] = [];
  let unknownSource = false;
  for (const k of cidrKeys) {
    if (isUnknown(b[k])) unknownSource = true;
    for (const x of Array.isArray(b[k]) ? (b[k] as unknown[]) : [b[k]]) {
      if (isUnknown(x)) unknownSource = true;
      else if (typeof x === "string" && x) sources.push(x);
    }
  }
  return { path, sources, unknownSource, from: num(b.fromPort), to: num(b.toPort), protocol: str(b[protoKey]) ?? (typeof b[protoKey] === "number" ? String(b[protoKey]) : undefined), description: str(b.description) ?? "" };
}

/** Inbound rules with their sources, for SG, SG rule, VPC ingress rule, NACL and NACL rule types. */
export function ingressRules(r: ResourceView): Ingress[] {
  const p = r.props;
  switch (r.type) {
    case "aws:ec2/securityGroup:SecurityGroup":
    case "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup":
      return bags(p.ingress).map((b, i) => fromBlock(b, `ingress[${i}]`, ["cidrBlocks", "ipv6CidrBlocks"], "protocol"));
    case "aws:ec2/securityGroupRule:SecurityGroupRule":
      return str(p.type)?.toLowerCase() === "ingress" ? [fromBlock(p, "", ["cidrBlocks", "ipv6CidrBlocks"], "protocol")] : [];
    case "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule":
      return [fromBlock(p, "", ["cidrIpv4", "cidrIpv6"], "ipProtocol")];
    case "aws:ec2/networkAcl:NetworkAcl":
      return bags(p.ingress)
        .map((b, i) => ({ b, i }))
        .filter(({ b }) => str(b.action)?.toLowerCase() === "allow")
        .map(({ b, i }) => fromBlock(b, `ingress[${i}]`, ["cidrBlock", "ipv6CidrBlock"], "protocol"));
    case "aws:ec2/networkAclRule:NetworkAclRule":
      // `egress` defaults to false (an inbound rule).
      return bool(p.egress) !== true && str(p.ruleAction)?.toLowerCase() === "allow"
        ? [fromBlock(p, "", ["cidrBlock", "ipv6CidrBlock"], "protocol")]
        : [];
    default:
      return [];
  }
}

export const SG_TYPES = [
  "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/securityGroupRule:SecurityGroupRule",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
];
export const NACL_TYPES = ["aws:ec2/networkAclRule:NetworkAclRule", "aws:ec2/networkAcl:NetworkAcl"];

/** The rule's location for messages: `ingress[0]` on a group, nothing for a standalone rule. */
export function at(i: Ingress): string {
  return i.path ? ` \`${i.path}\`` : "";
}

export function portText(i: Ingress, ports: number[]): string {
  return `${ports.slice(0, 6).join(", ")}${ports.length > 6 ? "…" : ""} (${i.protocol ?? "?"} ${i.from ?? "*"}-${i.to ?? "*"})`;
}
