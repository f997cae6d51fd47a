import { str } from "../../core/props";
import { violation, type StackRule, type StackResourceView, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { azureKeyVerdict, depsOf, ofType, ref, refersTo } from "./lib/links";

export const SQL_SERVER = "azure-native:sql:Server";
const PROTECTOR = ["azure-native:sql:EncryptionProtector"];
const SERVER_KEY = "azure-native:sql:ServerKey";
const TDE = ["azure-native:sql:TransparentDataEncryption"];

/** Children of an Azure SQL server: linked by `serverName` (dependency or the server's literal name). */
export function serverChildren(server: StackResourceView, resources: StackResourceView[], types: readonly string[]): StackResourceView[] {
  return resources.filter((r) => types.includes(r.type) && refersTo(r, "serverName", server, [str(server.props.serverName)]));
}

/** A server key name is `<vault>_<key>_<version>`: rebuild the key URI when the ServerKey is not in the stack. */
function uriFromKeyName(name: string): string | undefined {
  const m = /^([a-z0-9-]+)_([a-z0-9-]+)_([a-z0-9]+)$/i.exec(name);
  return m ? `https://${m[1]}.vault.azure.net/keys/${m[2]}/${m[3]}` : undefined;
}

export const rule: StackRule = {
  kind: "stack",
  name: "azure-sql-tde-cmk",
  clauses: ["O-8.4"],
  severity: "critical",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les serveurs Azure SQL chiffrent (TDE) avec une clé Key Vault du client autorisée, et le TDE n'est jamais désactivé",
    en: "Azure SQL servers encrypt (TDE) with an allowed customer Key Vault key, and TDE is never disabled",
  },
  remediation: {
    fr: "Déclarer un sql.ServerKey (uri d'une clé d'un coffre de la pile ou du profil) et un sql.EncryptionProtector serverKeyType AzureKeyVault ; ne pas mettre TransparentDataEncryption state Disabled",
    en: "Declare a sql.ServerKey (uri of a key in a vault of the stack or the profile) and a sql.EncryptionProtector with serverKeyType AzureKeyVault; never set TransparentDataEncryption state Disabled",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    const keys = resources.filter((r) => r.type === SERVER_KEY);
    for (const server of ofType(resources, [SQL_SERVER])) {
      const protectors = serverChildren(server, resources, PROTECTOR);
      const say = (fr: string, en: string) => out.push(violation(`serveur SQL ${server.name} : ${fr}`, `SQL server ${server.name}: ${en}`, ref(server)));
      for (const t of serverChildren(server, resources, TDE)) {
        if (isUnknown(t.props.state)) out.push(unverified(`${t.name}.state`, ref(server)));
        else if (str(t.props.state)?.toLowerCase() === "disabled") say(`TDE désactivé (${t.name})`, `TDE disabled (${t.name})`);
      }
      // The server-level `keyId` sets the TDE protector at creation.
      const serverKey = server.props.keyId;
      if (serverKey !== undefined && azureKeyVerdict(serverKey, depsOf(server, "keyId"), resources, ctx.profile) === "cmk" && !protectors.length) continue;
      const kv = protectors.filter((p) => isUnknown(p.props.serverKeyType) || str(p.props.serverKeyType)?.toLowerCase() === "azurekeyvault");
      if (!kv.length) {
        say("aucun protecteur TDE AzureKeyVault (clé gérée par le service)", "no AzureKeyVault TDE protector (service-managed key)");
        continue;
      }
      for (const p of kv) {
        if (isUnknown(p.props.serverKeyType)) {
          out.push(unverified(`${p.name}.serverKeyType`, ref(server)));
          continue;
        }
        const name = str(p.props.serverKeyName);
        const key = keys.find((k) => depsOf(p, "serverKeyName").includes(k.urn) || (name !== undefined && str(k.props.keyName) === name));
        const verdict = key
          ? azureKeyVerdict(key.props.uri, depsOf(key, "uri"), resources, ctx.profile)
          : azureKeyVerdict(name === undefined ? p.props.serverKeyName : uriFromKeyName(name) ?? name, [], resources, ctx.profile);
        if (verdict === "cmk") continue;
        if (verdict === "unknown") out.push(unverified(`${p.name}.serverKeyName`, ref(server)));
        else say(`clé du protecteur ${p.name} hors des coffres de la pile et du profil`, `protector ${p.name}'s key is outside the vaults of the stack and the profile`);
      }
    }
    return out;
  },
};
