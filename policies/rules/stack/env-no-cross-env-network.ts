import { get, str, walkStrings } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type RuleContext, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { depsOf, foreignEnvironment, ref, subscriptionsIn } from "./lib/links";

const AWS_PEER_ACCOUNT: Record<string, string> = {
  "aws:ec2/vpcPeeringConnection:VpcPeeringConnection": "peerOwnerId",
  "aws:ec2transitgateway/peeringAttachment:PeeringAttachment": "peerAccountId",
};
const AZURE_LINKS = ["azure-native:network:VirtualNetworkPeering", "azure-native:network:VirtualNetworkGatewayConnection"];
export const CROSS_NETWORK_TYPES = [...Object.keys(AWS_PEER_ACCOUNT), ...AZURE_LINKS];

export const rule: StackRule = {
  kind: "stack",
  name: "env-no-cross-env-network",
  clauses: ["O-12.5.11"],
  severity: "critical",
  basis: { kind: "clause", text: "l'environnement de développement est bien distinct et cloisonné" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Aucun appairage réseau (VPC peering, Transit Gateway, VNet peering, connexion de passerelle) ne relie deux environnements",
    en: "No network link (VPC peering, Transit Gateway, VNet peering, gateway connection) joins two environments",
  },
  remediation: {
    fr: "Supprimer l'appairage vers le compte/abonnement de l'autre environnement ; passer par un échange de données anonymisées contrôlé",
    en: "Remove the link to the other environment's account/subscription; use a controlled exchange of anonymised data instead",
  },
  check(resources, ctx) {
    return resources.filter((r) => CROSS_NETWORK_TYPES.includes(r.type)).flatMap((r) => checkLink(r, ctx).map((v) => ({ ...v, resource: ref(r) })));
  },
};

function checkLink(r: StackResourceView, ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  const prop = AWS_PEER_ACCOUNT[r.type];
  if (prop) {
    const v = r.props[prop];
    // An unknown peer taken from a resource of this stack is in this stack's environment.
    if (isUnknown(v) && !depsOf(r, prop).length) out.push(unverified(prop));
    const account = str(v);
    const env = account ? foreignEnvironment(account, "aws", ctx) : undefined;
    if (env) out.push(violation(`appairage vers le compte ${account} de l'environnement ${env}`, `link to account ${account} of environment ${env}`));
    return out;
  }
  if (r.type === "azure-native:network:VirtualNetworkPeering" && isUnknown(get(r.props, "remoteVirtualNetwork.id")) && !depsOf(r, "remoteVirtualNetwork").length) {
    out.push(unverified("remoteVirtualNetwork.id"));
  }
  const seen = new Set<string>();
  for (const [, s] of walkStrings(r.props)) {
    for (const sub of subscriptionsIn(s)) {
      const env = foreignEnvironment(sub, "azure", ctx);
      if (env && !seen.has(sub)) {
        seen.add(sub);
        out.push(violation(`lien réseau vers l'abonnement ${sub} de l'environnement ${env}`, `network link to subscription ${sub} of environment ${env}`));
      }
    }
  }
  return out;
}
