// The gate's own detectors, in catalog order (gate check ids of docs/clauses.md).
import type { GateDetector } from "./lib/context";
import { containerBaseImage } from "./container-base-image";
import { depsObsolete } from "./deps-obsolete";
import { installScriptsAllowlist } from "./install-scripts-allowlist";
import { licensePolicy } from "./license-policy";
import { lockfilePresentAndUsed } from "./lockfile-present-and-used";
import { lockfileProvenance } from "./lockfile-provenance";
import { noAccidentalPublish } from "./no-accidental-publish";
import { pulumiConfigPlaintextSecret } from "./pulumi-config-plaintext-secret";
import { securityLintSuppressions } from "./security-lint-suppressions";
import { sensitiveCommentsCredentials } from "./sensitive-comments-credentials";
import { sensitiveCommentsInfra } from "./sensitive-comments-infra";
import { sensitiveCommentsPatient } from "./sensitive-comments-patient";
import { sensitiveCommentsTodo } from "./sensitive-comments-todo";
import { stackConfigSeparation } from "./stack-config-separation";
import { testdataContactsBank } from "./testdata-contacts-bank";
import { testdataIns } from "./testdata-ins";
import { testdataMedicalFiles } from "./testdata-medical-files";
import { testdataNir } from "./testdata-nir";
import { testdataSyntheticMarker } from "./testdata-synthetic-marker";
import { unverifiedSnippetSources } from "./unverified-snippet-sources";
import { vendoredForeignCode } from "./vendored-foreign-code";

export type { GateContext, GateDetector, GateHit, RepoView } from "./lib/context";

export const DETECTORS: readonly GateDetector[] = [
  pulumiConfigPlaintextSecret,
  lockfileProvenance,
  lockfilePresentAndUsed,
  installScriptsAllowlist,
  vendoredForeignCode,
  unverifiedSnippetSources,
  licensePolicy,
  depsObsolete,
  containerBaseImage,
  testdataNir,
  testdataIns,
  testdataContactsBank,
  testdataMedicalFiles,
  testdataSyntheticMarker,
  sensitiveCommentsCredentials,
  sensitiveCommentsInfra,
  sensitiveCommentsTodo,
  sensitiveCommentsPatient,
  securityLintSuppressions,
  stackConfigSeparation,
  noAccidentalPublish,
];
