import { bags, str, type Bag } from "../../core/props";
import { violation, type StackRule, type StackResourceView, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ref, refersTo } from "./lib/links";

const LINKS = [
  { db: "aws:rds/instance:Instance", prop: "parameterGroupName", group: "aws:rds/parameterGroup:ParameterGroup" },
  { db: "aws:rds/cluster:Cluster", prop: "dbClusterParameterGroupName", group: "aws:rds/clusterParameterGroup:ClusterParameterGroup" },
] as const;

type Family = "postgres" | "mysql" | "sqlserver";

function familyOf(engine: string): Family | undefined {
  if (/postgres/.test(engine)) return "postgres";
  if (/mysql|mariadb/.test(engine)) return "mysql";
  if (/^sqlserver/.test(engine)) return "sqlserver";
  return undefined;
}

/** Parameter value by name (unknown values are reported before this is called). */
function param(params: Bag[], name: string): unknown {
  return params.find((p) => str(p.name)?.toLowerCase() === name)?.value;
}

const on = (v: unknown) => (typeof v === "string" && ["1", "on"].includes(v.toLowerCase())) || v === 1;
const disabled = (v: unknown) => typeof v === "string" && v.toLowerCase() === "disabled";

/** The settings the group lacks to enforce TLS (empty when it does). */
function missing(family: Family, params: Bag[]): string[] {
  const out: string[] = [];
  if (family === "postgres" && !on(param(params, "rds.force_ssl"))) out.push("rds.force_ssl=1");
  if (family === "mysql" && !on(param(params, "require_secure_transport"))) out.push("require_secure_transport=ON");
  if (family === "sqlserver") {
    if (!on(param(params, "rds.force_ssl"))) out.push("rds.force_ssl=1");
    for (const p of ["rds.tls10", "rds.tls11"]) if (!disabled(param(params, p))) out.push(`${p}=disabled`);
  }
  return out;
}

/** PostgreSQL 15+ defaults to rds.force_ssl=1 (to verify per engine version). */
function defaultForcesSsl(family: Family, engine: string, version: unknown): boolean {
  const major = Number(str(version)?.split(".")[0]);
  return family === "postgres" && engine === "postgres" && Number.isFinite(major) && major >= 15;
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-rds-force-ssl",
  clauses: ["O-8.1", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  family: "B",
  scope: "core",
  description: {
    fr: "Les bases RDS/Aurora imposent TLS par leur groupe de paramètres (rds.force_ssl / require_secure_transport)",
    en: "RDS/Aurora databases enforce TLS through their parameter group (rds.force_ssl / require_secure_transport)",
  },
  remediation: {
    fr: "Associer un groupe de paramètres dédié : PostgreSQL rds.force_ssl=1 ; MySQL/MariaDB require_secure_transport=ON ; SQL Server rds.force_ssl=1, rds.tls10 et rds.tls11=disabled",
    en: "Attach a dedicated parameter group: PostgreSQL rds.force_ssl=1; MySQL/MariaDB require_secure_transport=ON; SQL Server rds.force_ssl=1, rds.tls10 and rds.tls11=disabled",
  },
  check(resources) {
    const out: Violation[] = [];
    for (const link of LINKS) {
      const groups = resources.filter((r) => r.type === link.group);
      for (const db of resources.filter((r) => r.type === link.db)) {
        const engineRaw = db.props.engine;
        // Aurora instances inherit TLS settings from their cluster's group.
        if (link.db === "aws:rds/instance:Instance" && /^aurora/.test(str(engineRaw) ?? "")) continue;
        if (isUnknown(engineRaw)) {
          out.push(unverified("engine", ref(db)));
          continue;
        }
        const engine = (str(engineRaw) ?? "").toLowerCase();
        const family = familyOf(engine);
        if (!family) continue;
        out.push(...checkDb(db, link.prop, groups, family, engine));
      }
    }
    return out;
  },
};

function checkDb(db: StackResourceView, prop: string, groups: StackResourceView[], family: Family, engine: string): Violation[] {
  const value = db.props[prop];
  const group = groups.find((g) => refersTo(db, prop, g, [str(g.props.name)]));
  if (!group) {
    if (value === undefined && defaultForcesSsl(family, engine, db.props.engineVersion)) return [];
    if (isUnknown(value)) {
      return [unverified(prop, ref(db))];
    }
    const which = value === undefined ? "groupe par défaut" : `groupe ${str(value) ?? "?"} non déclaré dans la pile`;
    const whichEn = value === undefined ? "the default group" : `group ${str(value) ?? "?"}, not declared in the stack`;
    return [violation(`${db.name} (${engine}) utilise ${which} : TLS non imposé`, `${db.name} (${engine}) uses ${whichEn}: TLS is not enforced`, ref(db))];
  }
  const params = group.props.parameters;
  if (isUnknown(params) || bags(params).some((p) => isUnknown(p.value) || isUnknown(p.name))) {
    return [unverified(`${group.name}.parameters`, ref(db))];
  }
  const lacking = missing(family, bags(params));
  return lacking.length
    ? [violation(`${db.name} : le groupe ${group.name} n'impose pas TLS (manque ${lacking.join(", ")})`, `${db.name}: group ${group.name} does not enforce TLS (missing ${lacking.join(", ")})`, ref(db))]
    : [];
}
