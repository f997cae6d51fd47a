// What the Pulumi engine would hand to analyzers for a recorded program run: the root Stack
// resource, default providers synthesised from stack config, explicit provider references resolved.
import type { RecordedResource } from "./child/protocol";

export interface EngineResource {
  urn: string;
  type: string;
  name: string;
  parent?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  properties: Record<string, unknown>;
  protect: boolean;
  /** URN of the provider resource that manages this one (custom resources only). */
  providerUrn?: string;
}

function packageOf(type: string): string {
  return type.split(":")[0];
}

export function stackUrn(stack: string, project: string): string {
  return `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
}

export function toEngineResources(recorded: RecordedResource[], stack: string, project: string, config: Record<string, string>): EngineResource[] {
  const root = stackUrn(stack, project);
  const out: EngineResource[] = [{ urn: root, type: "pulumi:pulumi:Stack", name: `${project}-${stack}`, dependencies: [], propertyDependencies: {}, properties: {}, protect: false }];
  const defaults = new Map<string, EngineResource>();
  const defaultProvider = (pkg: string, version: string | undefined): string => {
    const name = `default${version ? `_${version.replace(/[.-]/g, "_")}` : ""}`;
    const urn = `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::${name}`;
    if (!defaults.has(urn)) {
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(config)) if (k.startsWith(`${pkg}:`)) properties[k.slice(pkg.length + 1)] = v;
      if (version) properties.version = version;
      defaults.set(urn, { urn, type: `pulumi:providers:${pkg}`, name, dependencies: [], propertyDependencies: {}, properties, protect: false });
    }
    return urn;
  };
  for (const r of recorded) {
    const isProvider = r.type.startsWith("pulumi:providers:");
    let providerUrn: string | undefined;
    if (r.custom && !isProvider) {
      // A provider reference is "urn::id"; the id may be unknown during preview.
      providerUrn = r.providerRef ? r.providerRef.slice(0, r.providerRef.lastIndexOf("::")) : defaultProvider(packageOf(r.type), r.version);
    }
    out.push({
      urn: r.urn, type: r.type, name: r.name, parent: r.parent ?? root,
      dependencies: r.dependencies, propertyDependencies: r.propertyDependencies,
      properties: r.inputs, protect: r.protect, providerUrn,
    });
  }
  // The engine registers default providers before the resources that use them.
  return [out[0], ...defaults.values(), ...out.slice(1)];
}
