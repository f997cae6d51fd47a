import { str } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { AZURE_STATEFUL_TYPES, depsOf, ref } from "./lib/links";

const RG = "azure-native:resources:ResourceGroup";
const RG_LOCK = "azure-native:authorization:ManagementLockAtResourceGroupLevel";
const RES_LOCK = "azure-native:authorization:ManagementLockAtResourceLevel";
/** ReadOnly also forbids deletion. */
const BLOCKS_DELETE = ["cannotdelete", "readonly"];

/** A resource group identity for linking: the RG resource urn when known, else its literal name. */
function groupKey(r: StackResourceView, groups: StackResourceView[]): string | undefined {
  const dep = depsOf(r, "resourceGroupName").find((u) => groups.some((g) => g.urn === u));
  if (dep) return dep;
  const name = str(r.props.resourceGroupName)?.toLowerCase();
  const g = groups.find((x) => str(x.props.resourceGroupName)?.toLowerCase() === name);
  return g ? g.urn : name;
}

export const rule: StackRule = {
  kind: "stack",
  name: "azure-prod-delete-locks",
  clauses: ["O-12.3.8"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "En production, les groupes de ressources contenant des données portent un verrou CanNotDelete",
    en: "In production, resource groups holding data carry a CanNotDelete lock",
  },
  remediation: {
    fr: "Déclarer authorization.ManagementLockAtResourceGroupLevel level CanNotDelete sur le groupe (ou ManagementLockAtResourceLevel sur chaque ressource)",
    en: "Declare authorization.ManagementLockAtResourceGroupLevel with level CanNotDelete on the group (or ManagementLockAtResourceLevel on each resource)",
  },
  check(resources, ctx) {
    if (!ctx.isProd) return [];
    const groups = resources.filter((r) => r.type === RG);
    const locking = (l: StackResourceView) => BLOCKS_DELETE.includes((str(l.props.level) ?? "").toLowerCase());
    const lockedGroups = new Set(resources.filter((r) => r.type === RG_LOCK && locking(r)).map((l) => groupKey(l, groups)));
    const lockedNames = new Set(resources.filter((r) => r.type === RES_LOCK && locking(r)).map((l) => str(l.props.resourceName)?.toLowerCase()));
    const out: Violation[] = [];
    const reported = new Set<string>();
    for (const r of resources.filter((x) => (AZURE_STATEFUL_TYPES as readonly string[]).includes(x.type))) {
      const key = groupKey(r, groups);
      if (key === undefined || lockedGroups.has(key)) continue;
      const ownName = Object.entries(r.props).find(([k, v]) => k.endsWith("Name") && k !== "resourceGroupName" && typeof v === "string")?.[1];
      if (typeof ownName === "string" && lockedNames.has(ownName.toLowerCase())) continue;
      const group = groups.find((g) => g.urn === key);
      if (reported.has(key)) continue;
      reported.add(key);
      out.push(violation(`groupe de ressources ${group?.name ?? key} (${r.name}…) sans verrou CanNotDelete`, `resource group ${group?.name ?? key} (${r.name}…) has no CanNotDelete lock`, group ? ref(group) : ref(r)));
    }
    return out;
  },
};
