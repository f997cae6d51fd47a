import { violation, type StackRule } from "../../core/rule";
import { ofType, ref } from "./lib/links";
import { serverChildren, SQL_SERVER } from "./azure-sql-tde-cmk";

export const rule: StackRule = {
  kind: "stack",
  name: "azure-sql-tde-key-auto-rotation",
  clauses: ["O-8.4"],
  severity: "low",
  basis: { kind: "practice" },
  family: "C",
  scope: "core",
  description: {
    fr: "Le protecteur TDE Key Vault d'un serveur Azure SQL suit automatiquement les nouvelles versions de clé",
    en: "An Azure SQL server's Key Vault TDE protector follows new key versions automatically",
  },
  remediation: { fr: "Mettre autoRotationEnabled: true sur sql.EncryptionProtector", en: "Set autoRotationEnabled: true on sql.EncryptionProtector" },
  check(resources) {
    return ofType(resources, [SQL_SERVER]).flatMap((server) => serverChildren(server, resources, ["azure-native:sql:EncryptionProtector"])
      .filter((p) => typeof p.props.serverKeyType === "string" && p.props.serverKeyType.toLowerCase() === "azurekeyvault" && p.props.autoRotationEnabled !== true)
      .map((p) => violation(`serveur SQL ${server.name} : rotation automatique de la clé TDE désactivée (${p.name})`, `SQL server ${server.name}: TDE key auto-rotation off (${p.name})`, ref(p))));
  },
};
