import type { StackResourceView, StackRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { coveredAdminPorts, isOpenSource } from "../../../core/network";
import { bool, get, str } from "../../../core/props";
import { providerDefault } from "../../../core/provider-defaults";
import { isUnknown, unverified } from "../../../core/unknown";
import { ofType, ref, refersTo } from "../../stack/lib/links";
import { ingressRules, SG_TYPES } from "../lib/ingress";
import { PLAIN_HTTP_PORTS, PUBLISHED_WEB_TLS } from "../../common/lib/published-web";

const INSTANCE = "aws:ec2/instance:Instance";
const SUBNET = "aws:ec2/subnet:Subnet";
const GROUP_TYPES = ["aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"];

/** TCP ports among `ports` that the group, with its standalone rules, opens to the whole internet. */
function openPorts(sg: StackResourceView, resources: StackResourceView[], ports: readonly number[]): number[] {
  const standalone = ofType(resources, SG_TYPES.filter((t) => !GROUP_TYPES.includes(t)))
    .filter((r) => refersTo(r, "securityGroupId", sg, [str(get(sg.props, "id"))]));
  return [sg, ...standalone].flatMap(ingressRules)
    .filter((i) => i.sources.some(isOpenSource) && !["udp", "17"].includes((i.protocol ?? "").toLowerCase()))
    .flatMap((i) => coveredAdminPorts(i.from, i.to, i.protocol, ports));
}

type Exposure = "public" | "private" | "unknown" | "undecidable";

/** Whether the instance gets a public address: its own flag, an Elastic IP, then its subnet's setting. */
function exposure(inst: StackResourceView, resources: StackResourceView[]): Exposure {
  const flag = get(inst.props, "associatePublicIpAddress");
  if (isUnknown(flag)) return "unknown";
  if (bool(flag) !== undefined) return bool(flag) ? "public" : "private";
  const eip = resources.some((r) => (r.type === "aws:ec2/eip:Eip" && refersTo(r, "instance", inst, []))
    || (r.type === "aws:ec2/eipAssociation:EipAssociation" && refersTo(r, "instanceId", inst, [])));
  if (eip) return "public";
  const subnetId = get(inst.props, "subnetId");
  if (subnetId === undefined) return providerDefault("aws.ec2.defaultSubnet.publicIp") ? "public" : "private";
  const subnet = ofType(resources, [SUBNET]).find((s) => refersTo(inst, "subnetId", s, [str(get(s.props, "id"))]));
  if (!subnet) return isUnknown(subnetId) ? "unknown" : "undecidable";
  const map = get(subnet.props, "mapPublicIpOnLaunch");
  if (isUnknown(map)) return "unknown";
  return (bool(map) ?? providerDefault("aws.ec2.subnet.mapPublicIpOnLaunch")) ? "public" : "private";
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-ec2-public-http-only",
  clauses: ["O-8.1"],
  severity: "high",
  basis: PUBLISHED_WEB_TLS,
  family: "B",
  scope: "core",
  description: {
    fr: "Une instance EC2 à adresse publique dont un groupe de sécurité ouvre HTTP (80, 8080) à tout Internet ouvre aussi HTTPS (443) : pas de site web servi seulement en clair",
    en: "An EC2 instance with a public address whose security group opens HTTP (80, 8080) to the whole internet also opens HTTPS (443): no website served in clear only",
  },
  remediation: {
    fr: "Servir le site en HTTPS (TLS 1.2+) sur 443, sur l'instance ou par un équilibreur de charge (écouteur HTTPS) devant une instance privée",
    en: "Serve the site over HTTPS (TLS 1.2+) on 443, on the instance or through a load balancer (HTTPS listener) in front of a private instance",
  },
  check(resources) {
    const groups = ofType(resources, GROUP_TYPES);
    const out: Violation[] = [];
    for (const inst of ofType(resources, [INSTANCE])) {
      const own = groups.filter((g) => refersTo(inst, "vpcSecurityGroupIds", g, [str(get(g.props, "id"))])
        || refersTo(inst, "securityGroups", g, [str(get(g.props, "name"))]));
      const plain = [...new Set(own.flatMap((g) => openPorts(g, resources, PLAIN_HTTP_PORTS)))];
      if (!plain.length || own.some((g) => openPorts(g, resources, [443]).length)) continue;
      const where = exposure(inst, resources);
      if (where === "private") continue;
      if (where === "unknown") {
        out.push(unverified(["associatePublicIpAddress", "subnetId"], ref(inst)));
        continue;
      }
      const ports = plain.join(", ");
      if (where === "undecidable") {
        out.push({
          ...violation(
            `instance ${inst.name} : port(s) ${ports} ouvert(s) à Internet sans 443, dans un sous-réseau hors de la pile : adresse publique indécidable`,
            `instance ${inst.name}: port(s) ${ports} open to the internet without 443, in a subnet outside the stack: whether it has a public address cannot be told`,
            ref(inst)),
          severity: "low",
        });
        continue;
      }
      out.push(violation(
        `instance ${inst.name} à adresse publique : port(s) ${ports} ouvert(s) à Internet sans 443 : site web servi en clair`,
        `instance ${inst.name} with a public address: port(s) ${ports} open to the internet without 443: website served in clear`,
        ref(inst)));
    }
    return out;
  },
};
