// ARN parsing: `arn:<partition>:<service>:<region>:<account>:<resource>`.

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const ARN_RE = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):(.+)$/;

export function parseArn(s: string): Arn | undefined {
  const m = ARN_RE.exec(s.trim());
  return m ? { partition: m[1], service: m[2], region: m[3], account: m[4], resource: m[5] } : undefined;
}

// ARNs embedded anywhere in a string (policy documents, JSON container definitions).
const ARN_IN_TEXT = /arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):([a-z0-9-]*):([^\s"',\]}]+)/g;

export function arnsIn(text: string): Arn[] {
  const out: Arn[] = [];
  for (const m of text.matchAll(ARN_IN_TEXT)) out.push({ partition: m[1], service: m[2], region: m[3], account: m[4], resource: m[5] });
  return out;
}

/** Partitions outside the reach of the contract: China, GovCloud (US) and the isolated US regions. */
export function isForbiddenPartition(partition: string): boolean {
  return partition === "aws-cn" || partition === "aws-us-gov" || partition.startsWith("aws-iso");
}
