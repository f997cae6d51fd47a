import { violation, type StackRule } from "../../core/rule";
import { DIAG } from "./azure-diagnostic-settings-coverage";

const SOURCES = ["aws:cloudwatch/logGroup:LogGroup", "aws:cloudtrail/trail:Trail", DIAG];
const EXPORTS = ["aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter", "aws:cloudwatch/logDelivery:LogDelivery"];

export const rule: StackRule = {
  kind: "stack",
  name: "log-export-interoperable",
  clauses: ["O-6.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "F",
  scope: "core",
  description: {
    fr: "Une pile de production qui produit des journaux les transmet aussi au SIEM de l'établissement (format interopérable)",
    en: "A production stack that produces logs also forwards them to the hospital's SIEM (interoperable format)",
  },
  remediation: {
    fr: "Déclarer un LogSubscriptionFilter / LogDelivery (AWS) ou un DiagnosticSetting vers un Event Hub (eventHubAuthorizationRuleId) relié au SIEM",
    en: "Declare a LogSubscriptionFilter / LogDelivery (AWS) or a DiagnosticSetting to an Event Hub (eventHubAuthorizationRuleId) feeding the SIEM",
  },
  check(resources, ctx) {
    if (!ctx.isProd || !resources.some((r) => SOURCES.includes(r.type))) return [];
    const exported = resources.some((r) => EXPORTS.includes(r.type) || (r.type === DIAG && r.props.eventHubAuthorizationRuleId !== undefined));
    return exported ? [] : [violation("aucun export des journaux vers un SIEM déclaré", "no log export to a SIEM declared", null)];
  },
};
