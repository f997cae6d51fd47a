import { get, str } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { bucketChildren, isHealthTagged, ref, refersTo, S3_BUCKET_TYPES } from "./lib/links";

const LOGGING = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"];

export const rule: StackRule = {
  kind: "stack",
  name: "aws-access-logs",
  clauses: ["O-6.2"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "F",
  scope: "saas",
  description: {
    fr: "Les points d'entrée exposés (équilibreurs, CloudFront, API Gateway), les VPC et les buckets de santé journalisent les accès",
    en: "Exposed entry points (load balancers, CloudFront, API Gateway), VPCs and health buckets log their accesses",
  },
  remediation: {
    fr: "Activer accessLogs (LB), loggingConfig (CloudFront), accessLogSettings (stages API Gateway), un FlowLog par VPC et une BucketLogging par bucket de santé",
    en: "Enable accessLogs (LB), loggingConfig (CloudFront), accessLogSettings (API Gateway stages), a FlowLog per VPC and a BucketLogging per health bucket",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    const flag = (r: (typeof resources)[number], fr: string, en: string, v: unknown) => out.push(isUnknown(v)
      ? unverified("logging", ref(r))
      : violation(`${r.name} : ${fr}`, `${r.name}: ${en}`, ref(r)));
    for (const r of resources) {
      if (r.type === "aws:lb/loadBalancer:LoadBalancer" || r.type === "aws:alb/loadBalancer:LoadBalancer") {
        const v = get(r.props, "accessLogs.enabled");
        if (r.props.internal !== true && v !== true) flag(r, "équilibreur exposé sans journaux d'accès", "internet-facing load balancer without access logs", v);
      } else if (r.type === "aws:cloudfront/distribution:Distribution") {
        const v = r.props.loggingConfig;
        if (v === undefined || isUnknown(v)) flag(r, "distribution sans journaux d'accès (loggingConfig)", "distribution without access logs (loggingConfig)", v);
      } else if (r.type === "aws:apigateway/stage:Stage" || r.type === "aws:apigatewayv2/stage:Stage") {
        const v = get(r.props, "accessLogSettings.destinationArn");
        if (typeof v !== "string" || v === "") {
          if (!(r.propertyDependencies.accessLogSettings ?? []).length) flag(r, "stage sans journaux d'accès (accessLogSettings)", "stage without access logs (accessLogSettings)", v);
        }
      } else if (r.type === "aws:ec2/vpc:Vpc") {
        const logs = resources.filter((f) => f.type === "aws:ec2/flowLog:FlowLog" && refersTo(f, "vpcId", r, [str(r.props.id)]));
        if (!logs.length) flag(r, "VPC sans FlowLog", "VPC without a FlowLog", undefined);
      } else if ((S3_BUCKET_TYPES as readonly string[]).includes(r.type) && isHealthTagged(r, ctx.profile)) {
        if (r.props.logging === undefined && !bucketChildren(r, resources, LOGGING).length) flag(r, "bucket de santé sans journaux d'accès serveur", "health bucket without server access logs", undefined);
      }
    }
    return out;
  },
};
