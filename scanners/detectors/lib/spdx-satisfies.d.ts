// spdx-satisfies 6 ships no types: its one function, as its README documents it.
declare module "spdx-satisfies" {
  /** Whether an SPDX expression is satisfied by a list of approved licences (no AND/OR in the list). */
  function satisfies(expression: string, approved: string[]): boolean;
  export = satisfies;
}
