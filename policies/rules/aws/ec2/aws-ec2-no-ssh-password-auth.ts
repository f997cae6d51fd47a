import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";

/**
 * EC2 Linux images log in with key pairs and ship with SSH password authentication off; only the
 * instance's start-up script can turn it on (sshd_config, cloud-init `ssh_pwauth`, chpasswd).
 */
const ENABLES_PASSWORDS = [
  // "yes" set (echo, heredoc, sed replacement), not commented out nor the pattern a sed replaces.
  /(?<!#\s*)PasswordAuthentication\s+yes\b(?!\s*\/\s*PasswordAuthentication)/i,
  /^\s*ssh_pwauth\s*:\s*(true|yes|1)\b/im,
];

function decoded(v: string, base64: boolean): string {
  if (!base64) return v;
  try {
    return Buffer.from(v, "base64").toString("utf8");
  } catch {
    return "";
  }
}

const SCRIPTS: Record<string, Array<[string, boolean]>> = {
  "aws:ec2/instance:Instance": [["userData", false], ["userDataBase64", true]],
  "aws:ec2/launchTemplate:LaunchTemplate": [["userData", true]],
  "aws:ec2/launchConfiguration:LaunchConfiguration": [["userData", false], ["userDataBase64", true]],
};

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-ec2-no-ssh-password-auth",
  clauses: ["O-5.2", "O-8.2"],
  // Good practice in support of O-5.2/O-8.2: advisory unless the profile raises it.
  severity: "low",
  family: "H",
  scope: "core",
  basis: { kind: "practice" },
  description: {
    fr: "Le script de démarrage d'une instance EC2 n'active pas la connexion SSH par mot de passe (les AMI Linux sont à clé par défaut)",
    en: "An EC2 instance's start-up script does not turn SSH password login on (Linux AMIs are key-based by default)",
  },
  remediation: {
    fr: "Retirer `PasswordAuthentication yes` / `ssh_pwauth: true` du user data ; se connecter par clé ou, mieux, par SSM Session Manager sans port SSH ouvert",
    en: "Remove `PasswordAuthentication yes` / `ssh_pwauth: true` from the user data; log in with a key or, better, SSM Session Manager with no SSH port open",
  },
  types: Object.keys(SCRIPTS),
  check(r) {
    for (const [prop, base64] of SCRIPTS[r.type]) {
      const v = str(r.props[prop]);
      if (v && ENABLES_PASSWORDS.some((re) => re.test(decoded(v, base64)))) {
        return [violation(`\`${prop}\` active l'authentification SSH par mot de passe`, `\`${prop}\` turns SSH password authentication on`)];
      }
    }
    return [];
  },
};
