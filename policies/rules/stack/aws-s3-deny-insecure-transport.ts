import { isBag, str, strs, type Bag } from "../../core/props";
import { violation, type RuleContext, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { bucketChildren, depsOf, isHealthTagged, ofType, policyDocument, ref, S3_BUCKET_TYPES } from "./lib/links";
import { bucketPolicyDocs, publicGrant } from "./lib/s3-public-grants";

const WEBSITE_TYPES = ["aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration", "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2"];
const S3_ARN = /^arn:aws[a-z-]*:s3:::/i;

function principalIsAll(p: unknown): boolean {
  if (p === "*") return true;
  return isBag(p) && strs(p.AWS).includes("*");
}

function conditionRefusesPlainHttp(c: unknown): boolean {
  if (!isBag(c)) return false;
  const boolBlock = Object.entries(c).find(([k]) => k.toLowerCase() === "bool")?.[1];
  if (!isBag(boolBlock)) return false;
  const v = Object.entries(boolBlock).find(([k]) => k.toLowerCase() === "aws:securetransport")?.[1];
  return v === false || strs(v).some((x) => x.toLowerCase() === "false");
}

/** The statement must cover both the bucket and its objects. */
function coversBucketAndObjects(resource: unknown, name: string | undefined): boolean {
  const rs = strs(resource);
  const all = (r: string) => r === "*" || /^arn:aws[a-z-]*:s3:::\*$/i.test(r);
  const bucketArn = (r: string) => S3_ARN.test(r) && !r.replace(S3_ARN, "").includes("/") && (name === undefined || r.replace(S3_ARN, "") === name);
  const objectArn = (r: string) => S3_ARN.test(r) && r.endsWith("/*") && (name === undefined || r.replace(S3_ARN, "") === `${name}/*`);
  return rs.some((r) => all(r) || bucketArn(r)) && rs.some((r) => all(r) || objectArn(r));
}

export function deniesInsecureTransport(doc: Bag, bucketName: string | undefined): boolean {
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements.some((s) => isBag(s)
    && str(s.Effect)?.toLowerCase() === "deny"
    && principalIsAll(s.Principal)
    && strs(s.Action).some((a) => a === "*" || a.toLowerCase() === "s3:*")
    && conditionRefusesPlainHttp(s.Condition)
    && coversBucketAndObjects(s.Resource, bucketName));
}

/**
 * O-8.1 covers web applications: a bucket is one when it serves a website, is public (policy or
 * ACL), is a CloudFront origin, or holds health data. A private bucket (S3 blocks public access by
 * default) is reached by the application's own SDK calls, where TLS is good practice.
 */
function servesTheWeb(b: StackResourceView, resources: StackResourceView[], docs: unknown[], ctx: RuleContext): boolean {
  if (b.props.website !== undefined || bucketChildren(b, resources, WEBSITE_TYPES).length) return true;
  if (publicGrant(b, resources, docs) === "public") return true;
  if (resources.some((r) => r.type === "aws:cloudfront/distribution:Distribution" && depsOf(r, "origins").includes(b.urn))) return true;
  return isHealthTagged(b, ctx.profile);
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-deny-insecure-transport",
  clauses: ["O-8.1"],
  severity: "high",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Chaque bucket S3 refuse par sa politique tout accès hors TLS (aws:SecureTransport = false) ; bloquant quand il sert le web (site, public, origine CloudFront) ou porte des données de santé, bonne pratique sinon",
    en: "Every S3 bucket's policy denies any access without TLS (aws:SecureTransport = false); blocking when it serves the web (website, public, CloudFront origin) or holds health data, good practice otherwise",
  },
  remediation: {
    fr: "Ajouter une BucketPolicy avec { Effect: Deny, Principal: \"*\", Action: \"s3:*\", Resource: [arn du bucket, arn/*], Condition: { Bool: { \"aws:SecureTransport\": \"false\" } } } (et de préférence NumericLessThan s3:TlsVersion 1.2)",
    en: "Add a BucketPolicy with { Effect: Deny, Principal: \"*\", Action: \"s3:*\", Resource: [bucket ARN, ARN/*], Condition: { Bool: { \"aws:SecureTransport\": \"false\" } } } (preferably also NumericLessThan s3:TlsVersion 1.2)",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    for (const b of ofType(resources, S3_BUCKET_TYPES)) {
      const name = str(b.props.bucket);
      const docs = bucketPolicyDocs(b, resources);
      if (docs.some((d) => !isUnknown(d) && policyDocument(d) && deniesInsecureTransport(policyDocument(d) as Bag, name))) continue;
      if (docs.some(isUnknown)) {
        out.push(unverified("BucketPolicy.policy", ref(b)));
        continue;
      }
      const v = docs.length === 0
        ? violation(`bucket ${b.name} sans politique refusant les accès hors TLS`, `bucket ${b.name} has no policy denying non-TLS access`, ref(b))
        : violation(`bucket ${b.name} : aucune instruction Deny sur aws:SecureTransport = false couvrant le bucket et ses objets`, `bucket ${b.name}: no Deny statement on aws:SecureTransport = false covering the bucket and its objects`, ref(b));
      out.push(servesTheWeb(b, resources, docs, ctx) ? v : { ...v, basis: { kind: "practice" } });
    }
    return out;
  },
};
