// One resource type's provider-shaped outputs. A table per provider maps type tokens to shapes;
// types absent from a table get their provider's generic shape.
import type { SimContext } from "./context";

export interface OutputShape {
  /** The input holding the physical name ("bucket", "name", "accountName"); null: the resource has none. */
  nameInput?: string | null;
  /** The name the provider picks when the program sets none (default: the provider's auto-name). */
  autoName?(c: SimContext): string;
  /** Default: the physical name, or a generated id when the resource has no name. */
  id?(c: SimContext, name: string): string;
  arn?(c: SimContext, name: string, id: string): string | undefined;
  /** Further outputs the provider computes (endpoints, URIs, derived ids). */
  outputs?(c: SimContext, name: string, id: string, arn: string | undefined): Record<string, unknown>;
}

export type ShapeTable = Record<string, OutputShape>;
