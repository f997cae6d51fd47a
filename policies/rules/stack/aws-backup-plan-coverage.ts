import { bags, get, num, str, strs } from "../../core/props";
import { backupMinimum, violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { depsOf, ref, tagValue } from "./lib/links";

const BACKED_UP = ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:dynamodb/table:Table", "aws:efs/fileSystem:FileSystem", "aws:ebs/volume:Volume", "aws:docdb/cluster:Cluster"];
const SELECTION = "aws:backup/selection:Selection";
const PLAN = "aws:backup/plan:Plan";

function selects(sel: StackResourceView, r: StackResourceView): boolean {
  if (depsOf(sel, "resources").includes(r.urn)) return true;
  const arns = strs(sel.props.resources);
  const name = str(r.props.identifier) ?? str(r.props.clusterIdentifier) ?? str(r.props.name);
  if (arns.some((a) => a === "*" || (name !== undefined && (a.endsWith(`:${name}`) || a.endsWith(`/${name}`))))) return true;
  const byTag = bags(sel.props.selectionTags).some((t) => str(t.type) === "STRINGEQUALS" && str(t.key) !== undefined && tagValue(r, str(t.key) as string) === str(t.value));
  const byCondition = bags(sel.props.conditions).some((c) => bags(c.stringEquals).some((e) => {
    const key = str(e.key)?.replace(/^aws:ResourceTag\//, "");
    return key !== undefined && tagValue(r, key) === str(e.value);
  }));
  return byTag || byCondition;
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-backup-plan-coverage",
  clauses: ["O-12.3.8"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "En production, chaque magasin de données est sélectionné par un plan AWS Backup dont la rétention atteint le minimum du profil",
    en: "In production, every data store is selected by an AWS Backup plan whose retention reaches the profile's minimum",
  },
  remediation: {
    fr: "Déclarer aws.backup.Plan (rules[].lifecycle.deleteAfter ≥ backupRetentionDays.prodMin) et aws.backup.Selection (resources ou selectionTags) couvrant les bases, tables, EFS et volumes",
    en: "Declare aws.backup.Plan (rules[].lifecycle.deleteAfter ≥ backupRetentionDays.prodMin) and aws.backup.Selection (resources or selectionTags) covering databases, tables, EFS and volumes",
  },
  check(resources, ctx) {
    if (!ctx.isProd) return [];
    const out: Violation[] = [];
    const min = backupMinimum(ctx);
    for (const plan of resources.filter((r) => r.type === PLAN)) {
      for (const rule of bags(plan.props.rules)) {
        const days = num(get(rule, "lifecycle.deleteAfter"));
        if (min !== undefined && days !== undefined && days < min) out.push(violation(`plan ${plan.name} : règle ${str(rule.ruleName) ?? "?"} supprime après ${days} jours < ${min}`, `plan ${plan.name}: rule ${str(rule.ruleName) ?? "?"} deletes after ${days} days < ${min}`, ref(plan)));
      }
    }
    const selections = resources.filter((r) => r.type === SELECTION);
    for (const r of resources.filter((x) => BACKED_UP.includes(x.type))) {
      // Replicas and Aurora members are covered through their source / cluster.
      if (r.props.replicateSourceDb !== undefined || (r.type === "aws:rds/instance:Instance" && /^aurora/.test(str(r.props.engine) ?? ""))) continue;
      if (!selections.some((s) => selects(s, r))) out.push(violation(`${r.name} n'est sélectionné par aucun plan AWS Backup`, `${r.name} is not selected by any AWS Backup plan`, ref(r)));
    }
    return out;
  },
};
