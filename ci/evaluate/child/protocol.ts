// The contract between `evaluate` and the child process that runs a Pulumi program under mocks.
// Both directions go over the child's IPC channel (never a file the program could find).

export interface RunRequest {
  programDir: string;
  entry: string;
  project: string;
  stack: string;
  /** Config as the language host would pass it: "ns:key" → string (objects JSON-encoded). */
  config: Record<string, string>;
  secretKeys: string[];
  /** true: today's first preview (outputs unknown); false: simulation (provider-shaped outputs). */
  preview: boolean;
}

/** The parent's one message: the request, and the nonce the result must carry. */
export interface ParentMessage {
  nonce: string;
  request: RunRequest;
}

/** The child's one message. A message without the nonce did not come from the runner. */
export interface ChildMessage {
  nonce: string;
  result: RunResult;
}

/** A resource as the engine saw it: what the analyzer protocol needs. */
export interface RecordedResource {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  parent?: string;
  /** The explicit provider reference "urn::id", when one was given. */
  providerRef?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** Inputs with unknowns as the engine's sentinels, secrets unwrapped, resource refs as URNs. */
  inputs: Record<string, unknown>;
  protect: boolean;
  /** The provider package version the resource asked for (names its default provider). */
  version?: string;
}

export type RunResult =
  | {
    ok: true; resources: RecordedResource[]; outputs: string[]; logs: string[]; secrets: string[]; approximated: string[];
    /** The stack's outputs as the engine hands them to stack policies: secrets signed, unknowns as sentinels. */
    outputValues: Record<string, unknown>;
  }
  | { ok: false; kind: "missing-module" | "program-error" | "bad-program"; message: string; module?: string; hint?: string };
