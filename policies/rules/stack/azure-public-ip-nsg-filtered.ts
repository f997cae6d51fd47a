// A network interface (or a VM's inline one) with a public IP is filtered by a network security
// group, on the interface or on its subnet. Standard-SKU public IPs are closed to inbound traffic
// until an NSG allows it; Basic ones (retired 2025-09-30, the API's historical default) are open.
import { bags, get, isBag, str, type Bag } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown } from "../../core/unknown";
import { ref } from "./lib/links";

const NIC = "azure-native:network:NetworkInterface";
const VM = "azure-native:compute:VirtualMachine";
const PIP = "azure-native:network:PublicIPAddress";
const SUBNET = "azure-native:network:Subnet";
const VNET = "azure-native:network:VirtualNetwork";

type Verdict = "filtered" | "open" | "unknown";

/** Last path segment after `/<kind>/` in an Azure resource id. */
function idName(id: unknown, kind: string): string | undefined {
  const m = typeof id === "string" ? new RegExp(`/${kind}/([^/]+)`, "i").exec(id) : null;
  return m ? m[1].toLowerCase() : undefined;
}

function deps(r: StackResourceView, all: Map<string, StackResourceView>, prop: string): StackResourceView[] {
  const urns = r.propertyDependencies[prop] ?? r.dependencies;
  return urns.map((u) => all.get(u)).filter((x): x is StackResourceView => !!x);
}

/** SKU of the public IP an ip configuration uses: inline, or the PublicIPAddress resource it points at. */
function pipSku(pip: unknown, linked: StackResourceView[], resources: StackResourceView[]): unknown {
  if (isUnknown(pip)) return pip;
  if (isBag(pip) && pip.sku !== undefined) return get(pip, "sku.name");
  const name = isBag(pip) ? idName(pip.id, "publicIPAddresses") : undefined;
  const target = linked.find((d) => d.type === PIP)
    ?? resources.find((x) => x.type === PIP && name !== undefined && str(x.props.publicIpAddressName)?.toLowerCase() === name);
  if (!target) return isBag(pip) && isUnknown(pip.id) ? pip.id : "unresolved";
  return get(target.props, "sku.name");
}

/** Whether the subnet an ip configuration sits in carries an NSG; "unknown" when it is not in the stack. */
function subnetFiltered(subnet: unknown, linked: StackResourceView[], resources: StackResourceView[]): Verdict {
  const id = isBag(subnet) ? subnet.id : undefined;
  const [vnetName, subName] = [idName(id, "virtualNetworks"), idName(id, "subnets")];
  const named = (r: StackResourceView, key: string, want: string | undefined) => want !== undefined && str(r.props[key])?.toLowerCase() === want;
  const sub = linked.find((d) => d.type === SUBNET)
    ?? resources.find((r) => r.type === SUBNET && named(r, "subnetName", subName) && named(r, "virtualNetworkName", vnetName));
  if (sub) return isUnknown(sub.props.networkSecurityGroup) || isBag(sub.props.networkSecurityGroup) ? "filtered" : "open";
  const vnet = linked.find((d) => d.type === VNET) ?? resources.find((r) => r.type === VNET && named(r, "virtualNetworkName", vnetName));
  if (!vnet || isUnknown(vnet.props.subnets)) return "unknown";
  const inline = bags(vnet.props.subnets).filter((s) => subName === undefined || str(s.name)?.toLowerCase() === subName);
  if (!inline.length) return "unknown";
  return inline.every((s) => s.networkSecurityGroup !== undefined) ? "filtered" : "open";
}

function verdict(nsg: unknown, ipc: Bag, pipKey: string, linked: StackResourceView[], resources: StackResourceView[]): Verdict | "standard" {
  if (nsg !== undefined) return "filtered";
  const sku = pipSku(ipc[pipKey], linked, resources);
  if (typeof sku === "string" && /^standard/i.test(sku)) return "standard";
  const sub = subnetFiltered(ipc.subnet, linked, resources);
  if (sub !== "open") return sub;
  return isUnknown(sku) || sku === "unresolved" ? "unknown" : "open";
}

function finding(label: string, nic: string, v: Verdict | "standard", sku: unknown): Violation | undefined {
  if (v === "open") {
    const [fr, en] = typeof sku === "string" ? [`SKU ${sku}`, `SKU ${sku}`] : ["SKU absent, Basic par défaut", "SKU absent, Basic by default"];
    return violation(`${label} : IP publique (${fr}) sans groupe de sécurité réseau sur ${nic} ni sur son sous-réseau : tous les ports, dont SSH/RDP, sont joignables depuis internet`,
      `${label}: public IP (${en}) with no network security group on ${nic} or its subnet: every port, SSH/RDP included, is reachable from the internet`);
  }
  if (v === "unknown") {
    return violation(`${label} : IP publique dont le SKU ou le filtrage (NSG de l'interface ou du sous-réseau) ne peut être vérifié pendant la prévisualisation`,
      `${label}: public IP whose SKU or filtering (interface or subnet NSG) cannot be verified during preview`);
  }
  return undefined;
}

export const rule: StackRule = {
  kind: "stack",
  name: "azure-public-ip-nsg-filtered",
  clauses: ["O-5.3"],
  severity: "high",
  family: "D",
  scope: "core",
  basis: { kind: "clause", text: "filtrage IP pour les solutions en mode SaaS" },
  description: {
    fr: "Une interface réseau ou une VM exposée par une IP publique est filtrée par un groupe de sécurité réseau (interface ou sous-réseau), ou son IP est de SKU Standard (fermée par défaut)",
    en: "A network interface or VM exposed through a public IP is filtered by a network security group (interface or subnet), or its IP is Standard SKU (closed by default)",
  },
  remediation: {
    fr: "Attacher un NSG (`networkSecurityGroup: { id }`) à l'interface ou au sous-réseau, n'ouvrir que les ports nécessaires depuis `adminCidrs` ; `sku: { name: \"Standard\" }` sur l'IP publique ; mieux : Azure Bastion sans IP publique",
    en: "Attach an NSG (`networkSecurityGroup: { id }`) to the interface or subnet, open only the ports needed from `adminCidrs`; `sku: { name: \"Standard\" }` on the public IP; better: Azure Bastion and no public IP",
  },
  check(resources) {
    const all = new Map(resources.map((r) => [r.urn, r]));
    const out: Violation[] = [];
    for (const r of resources) {
      if (r.type !== NIC && r.type !== VM) continue;
      const linked = deps(r, all, r.type === NIC ? "ipConfigurations" : "networkProfile");
      const nics: Array<{ label: string; nsg: unknown; ipcs: unknown; pipKey: string }> = r.type === NIC
        ? [{ label: "", nsg: r.props.networkSecurityGroup, ipcs: r.props.ipConfigurations, pipKey: "publicIPAddress" }]
        : bags(get(r.props, "networkProfile.networkInterfaceConfigurations")).map((c, i) => ({
          label: `networkProfile.networkInterfaceConfigurations[${i}].`, nsg: c.networkSecurityGroup, ipcs: c.ipConfigurations, pipKey: "publicIPAddressConfiguration",
        }));
      for (const n of nics) {
        if (isUnknown(n.ipcs)) {
          const p = `${n.label}ipConfigurations`;
          if (n.nsg === undefined) out.push({ ...violation(`\`${p}\` est inconnu pendant la prévisualisation : l'exposition par IP publique ne peut être vérifiée`, `\`${p}\` is unknown during preview: public IP exposure cannot be verified`), resource: ref(r) });
          continue;
        }
        bags(n.ipcs).forEach((ipc, i) => {
          if (ipc[n.pipKey] === undefined) return;
          const v = verdict(n.nsg, ipc, n.pipKey, linked, resources);
          const f = finding(`\`${n.label}ipConfigurations[${i}]\``, r.name, v, pipSku(ipc[n.pipKey], linked, resources));
          if (f) out.push({ ...f, resource: ref(r) });
        });
      }
    }
    return out;
  },
};
