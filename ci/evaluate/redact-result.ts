// An evaluation's result leaves the job redacted: every string in it (messages, names, URNs,
// warnings, errors) is cleaned of the values the program marked secret, the stack's secret config,
// secrets of the environment `evaluate` runs in, and known secret shapes (AWS keys, tokens…). Every
// renderer then writes clean text whatever it prints.
import { cleanDeep, cleaner, redactGeneric } from "../report/redaction";

/** Environment variables whose name says they hold a credential. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|ACCESS_KEY|API_KEY|APIKEY|AUTH)/i;

/** The values of the environment's credentials (long enough not to mask ordinary words). */
export function environmentSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(env).filter(([k, v]) => SECRET_NAME.test(k) && typeof v === "string" && v.length >= 8).map(([, v]) => v as string);
}

/**
 * Strings of a program's inputs that hold a known secret shape (an AWS key in a tag…): learnt
 * whole, so that a message quoting them changed (lower-cased, cut) is still cleaned.
 */
export function secretShapedValues(values: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      if (redactGeneric(v) !== v) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(values);
  return out;
}

/** Policies may quote a value lower- or upper-cased (tag comparisons): each case is masked. */
function withCases(secrets: Iterable<string>): string[] {
  return [...secrets].flatMap((s) => [s, s.toLowerCase(), s.toUpperCase()]);
}

export function redactResult<T extends object>(result: T, secrets: Iterable<string>, env: NodeJS.ProcessEnv = process.env): T {
  return cleanDeep(result, cleaner(withCases([...secrets, ...environmentSecrets(env)])));
}
