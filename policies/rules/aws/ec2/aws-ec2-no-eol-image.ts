import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";
import { IMAGE_EOL_REVIEWED, obsoleteAwsImage } from "../../common/lib/image-eol";

/** The property naming the image, per type. AMI ids say nothing; `resolve:ssm:` paths and EKS AMI types do. */
const IMAGE_PROP: Record<string, string> = {
  "aws:ec2/instance:Instance": "ami",
  "aws:ec2/launchTemplate:LaunchTemplate": "imageId",
  "aws:ec2/launchConfiguration:LaunchConfiguration": "imageId",
  "aws:eks/nodeGroup:NodeGroup": "amiType",
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ec2-no-eol-image",
  clauses: ["O-7.1", "O-3.10"],
  severity: "high",
  family: "K",
  scope: "core",
  basis: { kind: "clause", text: "un système d'exploitation ainsi que tous les composants mis à jour des correctifs de sécurité publiés par les éditeurs" },
  description: {
    fr: `Les instances EC2 et groupes de nœuds EKS ne démarrent pas d'une image hors support de l'éditeur, quand l'image est nommée (paramètre SSM public, type d'AMI EKS ; table datée du ${IMAGE_EOL_REVIEWED})`,
    en: `EC2 instances and EKS node groups do not boot an image out of vendor support, where the image is named (public SSM parameter, EKS AMI type; dated table of ${IMAGE_EOL_REVIEWED})`,
  },
  remediation: {
    fr: "Choisir une image maintenue (Amazon Linux 2023 : `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`, EKS `AL2023_x86_64_STANDARD`, Ubuntu 24.04, Windows Server 2022) ; table : policies/rules/common/lib/image-eol.ts",
    en: "Pick a maintained image (Amazon Linux 2023: `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`, EKS `AL2023_x86_64_STANDARD`, Ubuntu 24.04, Windows Server 2022); table: policies/rules/common/lib/image-eol.ts",
  },
  types: Object.keys(IMAGE_PROP),
  check(r, ctx) {
    const prop = IMAGE_PROP[r.type];
    const v = r.props[prop];
    // An AMI id looked up at run time (getAmi) names no image: nothing to date, hence no finding.
    if (isUnknown(v)) return [];
    const name = str(v);
    const hit = name ? obsoleteAwsImage(name, ctx.now) : undefined;
    return hit
      ? [violation(`\`${prop}\` = ${name} : ${hit.os}, hors support depuis le ${hit.endOfSupport} (${hit.source})`, `\`${prop}\` = ${name}: ${hit.os}, out of support since ${hit.endOfSupport} (${hit.source})`)]
      : [];
  },
};
