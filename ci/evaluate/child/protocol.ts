// The contract between `evaluate` and the child process that runs a Pulumi program under mocks.

export interface RunRequest {
  programDir: string;
  entry: string;
  project: string;
  stack: string;
  /** Config as the language host would pass it: "ns:key" → string (objects JSON-encoded). */
  config: Record<string, string>;
  secretKeys: string[];
  preview: boolean;
  outFile: string;
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
  | { ok: true; resources: RecordedResource[]; outputs: string[]; logs: string[] }
  | { ok: false; kind: "missing-module" | "program-error" | "bad-program"; message: string; module?: string; hint?: string };
