// Errors the CLI reports as a clear one-paragraph message with exit code 2 (never a stack trace).
export class UsageError extends Error {
  override name = "UsageError";
}

/** Bad input (profile, program, pack, tool): names the input and what is wrong. */
export class InputError extends Error {
  override name = "InputError";
}

export const EXIT_OK = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_ERROR = 2;
