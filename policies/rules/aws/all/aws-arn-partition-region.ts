import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { walkStrings } from "../../../core/props";
import { arnsIn, isForbiddenPartition } from "../lib/arn";
import { classifyAwsRegion } from "../lib/region";
import { isUsEast1ControlPlane } from "../lib/global-services";

// CloudFront only accepts ACM certificates, Lambda@Edge functions and WAF web ACLs from us-east-1:
// those references are configuration, not data location.
const CLOUDFRONT_US_EAST_1 = new Set(["acm", "lambda", "wafv2"]);

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-arn-partition-region",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les ARN référencés par une ressource désignent une région autorisée et la partition commerciale ou souveraine européenne",
    en: "ARNs referenced by a resource point to an allowed region and to the commercial or European sovereign partition",
  },
  remediation: {
    fr: "Référencer uniquement des ressources situées en France/UE ; jamais les partitions aws-cn, aws-us-gov ou aws-iso*",
    en: "Reference only resources located in France/EU; never the aws-cn, aws-us-gov or aws-iso* partitions",
  },
  types: ["aws:*", "pulumi:providers:aws"],
  check(r, ctx) {
    const out: Violation[] = [];
    const seen = new Set<string>();
    for (const [path, s] of walkStrings(r.props)) {
      for (const arn of arnsIn(s)) {
        const key = `${arn.partition}:${arn.region}`;
        if (seen.has(key)) continue;
        if (isForbiddenPartition(arn.partition)) {
          seen.add(key);
          out.push(violation(`\`${path}\` référence la partition ${arn.partition} (hors UE)`, `\`${path}\` references the ${arn.partition} partition (outside the EU)`));
        } else if (arn.region && classifyAwsRegion(arn.region, ctx.profile.regions.aws, ctx.profile.regions.awsEu) === "non-eu") {
          if (r.type === "aws:cloudfront/distribution:Distribution" && arn.region === "us-east-1" && CLOUDFRONT_US_EAST_1.has(arn.service)) continue;
          // The certificate's validation naming its own us-east-1 certificate: the same configuration object.
          if (arn.region === "us-east-1" && arn.service === "acm" && isUsEast1ControlPlane(r.type, r.props)) continue;
          seen.add(key);
          out.push(violation(`\`${path}\` référence un ARN en région ${arn.region}, hors de France et de l'UE`, `\`${path}\` references an ARN in region ${arn.region}, outside France and the EU`));
        }
      }
    }
    return out;
  },
};
