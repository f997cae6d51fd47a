import { bags, str, strs, type Bag } from "../../core/props";
import { violation, type StackResourceView, type StackRule } from "../../core/rule";
import { depsOf, isHealthTagged, ref, S3_BUCKET_TYPES } from "./lib/links";
import { TRAIL } from "./aws-cloudtrail-baseline";

const TABLE = "aws:dynamodb/table:Table";

/** Whether a classic event selector logs reads and writes of `type` on `arns` (or every resource). */
function classicCovers(sel: Bag, type: string, arns: string[]): boolean {
  const rw = str(sel.readWriteType) ?? "All";
  if (rw !== "All") return false;
  return bags(sel.dataResources).some((d) => str(d.type) === type && strs(d.values).some((v) => {
    if (v === "arn:aws:s3" || v === "arn:aws:s3:::" || v === "arn:aws:dynamodb") return true;
    return arns.some((a) => v === a || v.startsWith(`${a}/`) || (type === "AWS::S3::Object" && v === `${a}/`));
  }));
}

/** Advanced selectors: data events of `type`, no readOnly restriction, and no ARN filter excluding it. */
function advancedCovers(sel: Bag, type: string, arns: string[]): boolean {
  const fields = bags(sel.fieldSelectors);
  const f = (name: string) => fields.find((x) => str(x.field) === name);
  if (!strs(f("eventCategory")?.equals).includes("Data")) return false;
  if (!strs(f("resources.type")?.equals).includes(type)) return false;
  if (f("readOnly")) return false;
  const arnSel = f("resources.ARN");
  if (!arnSel) return true;
  const starts = strs(arnSel.startsWiths);
  const eq = strs(arnSel.equals);
  return arns.some((a) => eq.includes(a) || starts.some((p) => a.startsWith(p) || `${a}/`.startsWith(p)));
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-cloudtrail-data-events-health",
  clauses: ["O-6.3", "O-12.3.13"],
  severity: "high",
  basis: { kind: "practice" },
  family: "F",
  scope: "saas",
  description: {
    fr: "Les lectures et écritures des buckets et tables de données de santé sont tracées (événements de données CloudTrail)",
    en: "Reads and writes of health-data buckets and tables are traced (CloudTrail data events)",
  },
  remediation: {
    fr: "Ajouter au Trail un eventSelectors (readWriteType All, dataResources AWS::S3::Object / AWS::DynamoDB::Table) ou un advancedEventSelectors eventCategory=Data sans filtre readOnly",
    en: "Add to the Trail an eventSelectors entry (readWriteType All, dataResources AWS::S3::Object / AWS::DynamoDB::Table) or an advancedEventSelectors eventCategory=Data without a readOnly filter",
  },
  check(resources, ctx) {
    const trails = resources.filter((r) => r.type === TRAIL);
    const covered = (r: StackResourceView, type: string, arns: string[]) => trails.some((t) =>
      bags(t.props.eventSelectors).some((s) => classicCovers(s, type, arns)
        // A selector built from this resource's (unknown) ARN names it through propertyDependencies.
        || (depsOf(t, "eventSelectors").includes(r.urn) && (str(s.readWriteType) ?? "All") === "All" && bags(s.dataResources).some((d) => str(d.type) === type)))
      || bags(t.props.advancedEventSelectors).some((s) => advancedCovers(s, type, arns)));
    const targets = resources.filter((r) => isHealthTagged(r, ctx.profile) && ((S3_BUCKET_TYPES as readonly string[]).includes(r.type) || r.type === TABLE));
    return targets.flatMap((r) => {
      const isBucket = r.type !== TABLE;
      const type = isBucket ? "AWS::S3::Object" : "AWS::DynamoDB::Table";
      const name = str(isBucket ? r.props.bucket : r.props.name);
      const arns = [str(r.props.arn), name && (isBucket ? `arn:aws:s3:::${name}` : undefined)].filter((x): x is string => !!x);
      // Table ARNs carry the account: match the table name at the end of a selector value.
      const tableMatch = !isBucket && name ? trails.some((t) => bags(t.props.eventSelectors).some((s) => (str(s.readWriteType) ?? "All") === "All" && bags(s.dataResources).some((d) => str(d.type) === type && strs(d.values).some((v) => v.endsWith(`:table/${name}`))))) : false;
      if (covered(r, type, arns) || tableMatch) return [];
      return [violation(`${r.name} (données de santé) : lectures/écritures non tracées par un CloudTrail (événements de données)`, `${r.name} (health data): reads/writes not traced by a CloudTrail (data events)`, ref(r))];
    });
  },
};
