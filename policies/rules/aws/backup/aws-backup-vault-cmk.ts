import type { ResourceRule } from "../../../core/rule";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-backup-vault-cmk",
  clauses: ["O-8.4"],
  severity: "high",
  basis: { kind: "clause", text: "établir la responsabilité de la gestion des clés de chiffrement" },
  family: "C",
  scope: "core",
  description: {
    fr: "Les coffres AWS Backup sont chiffrés avec une clé KMS maîtrisée",
    en: "AWS Backup vaults are encrypted with a customer-managed KMS key",
  },
  remediation: {
    fr: "Fixer `kmsKeyArn` (coffre logiquement isolé : `encryptionKeyArn`) sur une clé KMS de la pile ou autorisée",
    en: "Set `kmsKeyArn` (logically air-gapped vault: `encryptionKeyArn`) to a KMS key of the stack or an allowed one",
  },
  types: ["aws:backup/vault:Vault", "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault"],
  check(r, ctx) {
    const prop = r.type === "aws:backup/vault:Vault" ? "kmsKeyArn" : "encryptionKeyArn";
    return cmkViolations(prop, r.props[prop], ctx.profile);
  },
};
