import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bool, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ecs-service-no-public-ip",
  clauses: ["O-5.3", "O-12.4.4"],
  // Good practice: a task's public IP is filtered by its security groups (checked by the
  // aws-sg-* rules), so its exposure alone breaks no clause.
  severity: "low",
  family: "D",
  scope: "core",
  basis: { kind: "practice" },
  description: {
    fr: "Les tâches Fargate d'un service ECS ne reçoivent pas d'adresse IP publique (sous-réseaux privés derrière un équilibreur de charge)",
    en: "The Fargate tasks of an ECS service get no public IP address (private subnets behind a load balancer)",
  },
  remediation: {
    fr: "`networkConfiguration.assignPublicIp: false`, tâches dans des sous-réseaux privés (NAT ou points de terminaison VPC pour ECR/Logs), exposition par un ALB",
    en: "`networkConfiguration.assignPublicIp: false`, tasks in private subnets (NAT or VPC endpoints for ECR/Logs), exposed through an ALB",
  },
  types: ["aws:ecs/service:Service"],
  check(r) {
    const v = get(r.props, "networkConfiguration.assignPublicIp");
    if (isUnknown(v)) return [unverified("networkConfiguration.assignPublicIp")];
    // Absent: false (provider default).
    return bool(v) === true
      ? [violation("`networkConfiguration.assignPublicIp` = true : chaque tâche est joignable depuis internet, filtrée par ses seuls groupes de sécurité", "`networkConfiguration.assignPublicIp` = true: every task is reachable from the internet, filtered by its security groups alone")]
      : [];
  },
};
