import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as azure from "@pulumi/azure-native";

const config = new pulumi.Config();

// ruleid: iac-literal-db-password
export const db = new aws.rds.Instance("dpi", { engine: "postgres", instanceClass: "db.t4g.micro", username: "dpi", password: "Chang3Me-Planted!" });
// ruleid: iac-literal-db-password
export const cluster = new aws.rds.Cluster("dpi", { engine: "aurora-postgresql", masterUsername: "dpi", masterPassword: pulumi.secret("Chang3Me-Planted!") });
// ruleid: iac-literal-db-password
export const sql = new azure.sql.Server("dpi", { resourceGroupName: "rg", administratorLogin: "dpiadmin", administratorLoginPassword: "Chang3Me-Planted!" });
// ok: iac-literal-db-password
export const db2 = new aws.rds.Instance("dpi2", { engine: "postgres", instanceClass: "db.t4g.micro", username: "dpi", manageMasterUserPassword: true });
// ok: iac-literal-db-password
export const db3 = new aws.rds.Instance("dpi3", { engine: "postgres", instanceClass: "db.t4g.micro", username: "dpi", password: config.requireSecret("dbPassword") });
