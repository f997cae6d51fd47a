// Random and adversarial property bags for fuzzing the policies: missing fields, wrong types,
// unknown values, huge arrays, secrets-looking strings, unicode, deep nesting.
import fc from "fast-check";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_NUMBER, UNKNOWN_OBJECT, UNKNOWN_STRING } from "../helpers/policy-harness";

const unknowns = fc.constantFrom(UNKNOWN_STRING, UNKNOWN_BOOL, UNKNOWN_NUMBER, UNKNOWN_ARRAY, UNKNOWN_OBJECT);

const interestingStrings = fc.constantFrom(
  "", "0.0.0.0/0", "::/0", "*", "Internet", "eu-west-3", "us-east-1", "francecentral", "global",
  "arn:aws:kms:eu-west-3:111111111111:key/1", "arn:aws-cn:s3:::x", "alias/aws/s3", "AES256", "aws:kms",
  "TLS1_0", "1.0", "Enabled", "Disabled", "true", "false", "HTTP", "HTTPS", "-1", "22", "0-65535",
  "https://v.vault.azure.net/keys/k", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
  "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}", "{not json",
  "AKIAIOSFODNN7EXAMPLE", "Password=hunter2;Server=x", "ℌ𝔬𝔰𝔭𝔦𝔱𝔞𝔩 ☃ \u202e", "\u0000", "x".repeat(10_000),
);

const leaf = fc.oneof(
  { weight: 3, arbitrary: interestingStrings },
  { weight: 2, arbitrary: unknowns },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

export const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("v"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom("region", "location", "tags", "properties", "ingress", "rules", "policy", "encryption", "kmsKeyId", "protocol", "cidrBlocks", "fromPort", "toPort", "sslPolicy", "minimumTlsVersion", "securityRules", "logs", "statements"), fc.string()), tie("v"), { maxKeys: 6 }),
  ),
})).v;

/** A property bag: sometimes huge arrays, sometimes deep, keys a rule is likely to read. */
export const propertyBag = fc.oneof(
  fc.dictionary(fc.string(), value, { maxKeys: 8 }),
  fc.record({ tags: value, region: value, location: value, properties: value }, { requiredKeys: [] }),
  fc.constant({ ingress: Array.from({ length: 5000 }, (_, i) => ({ fromPort: i, toPort: i, protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] })) }),
) as fc.Arbitrary<Record<string, unknown>>;
