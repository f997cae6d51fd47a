// Root program (Pulumi.yaml at the repository root): previews the reference stack chosen by the
// `reference` config key, so `pulumi preview --policy-pack policies` works from a fresh clone.
import * as pulumi from "@pulumi/pulumi";

const choices = ["aws-landing-zone", "azure-landing-zone"];
const reference = new pulumi.Config().get("reference") ?? "aws-landing-zone";
if (!choices.includes(reference)) {
  throw new Error(`config 'reference' must be one of ${choices.join(", ")} (got '${reference}')`);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the program is chosen at run time
require(`./${reference}`);
