import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
// ruleid: pulumi-config-require-secret
export const dbPassword = config.require("dbPassword");
// ruleid: pulumi-config-require-secret
export const apiToken = config.get("apiToken");
// ruleid: pulumi-config-require-secret
export const sp = new pulumi.Config("azure").require("clientSecret");
// ok: pulumi-config-require-secret
export const dbPassword2 = config.requireSecret("dbPassword");
// ok: pulumi-config-require-secret
export const minLength = config.requireNumber("passwordMinLength");
// ok: pulumi-config-require-secret
export const secretArn = config.require("dbPasswordSecretArn");
// ok: pulumi-config-require-secret
export const region = config.require("region");
