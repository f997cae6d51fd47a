// Simulation: what the providers would return for each resource once deployed, so that `apply`,
// `interpolate` and `all` chains run offline and policies see the documents they build. Only what
// a provider derives from known inputs is simulated; what the cloud picks at random, what another
// stack holds and what a secret holds stays unknown.
import { awsAutoName, awsShape } from "./aws";
import { azureShape } from "./azure-native";
import { readAnUnknown, seededContext, str, type SimContext } from "./context";
import type { OutputShape } from "./shape";
import type { Placement } from "../child/offline-invokes";


/** Packages whose every output is random or secret (passwords, keys, certificates). */
const UNKNOWABLE_PACKAGES = new Set(["random", "tls"]);

export interface SimulatedResource {
  /** Undefined: the id stays unknown. */
  id?: string;
  state: Record<string, unknown>;
}

function partitionOf(region: string): string {
  return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}

function shaped(shape: OutputShape, c: SimContext, autoName: (nameInput: string) => string): SimulatedResource {
  const nameInput = shape.nameInput === undefined ? "name" : shape.nameInput;
  const name = nameInput === null ? "" : str(c.inputs, nameInput) ?? shape.autoName?.(c) ?? autoName(nameInput);
  const id = shape.id ? shape.id(c, name) : name || `${c.logical}-${c.hex(8)}`;
  const arn = shape.arn?.(c, name, id);
  const outputs = shape.outputs?.(c, name, id, arn) ?? {};
  // A name, parent or scope the shape needed is unknown: so is everything derived from it.
  if (readAnUnknown(c.inputs)) return { state: c.inputs };
  return { id, state: { ...c.inputs, ...(nameInput ? { [nameInput]: name } : {}), ...(arn ? { arn } : {}), ...outputs } };
}

/**
 * The id and outputs the provider would return for a resource. `seed` tells apart resources of the
 * same type and name (another parent); inputs are the program's, resolved as far as known.
 */
export function simulate(type: string, logical: string, inputs: Record<string, unknown>, where: Placement, seed: string): SimulatedResource {
  const pkg = type.split(":")[0];
  const c = seededContext(seed, { type, logical, inputs, partition: partitionOf(where.region), ...where });
  if (UNKNOWABLE_PACKAGES.has(pkg)) return { state: inputs };
  if (pkg === "aws") {
    const withTags = inputs.tags && typeof inputs.tags === "object" ? { ...inputs, tagsAll: inputs.tags } : inputs;
    return shaped(awsShape(type), { ...c, inputs: withTags }, (n) => awsAutoName({ ...c, inputs: withTags }, n));
  }
  if (pkg === "azure-native") return shaped(azureShape(type), c, () => "");
  // Other providers: a generic id; their other outputs stay unknown.
  return { id: `${logical}-${c.hex(8)}`, state: inputs };
}
