// ci/cli/args.ts over util.parseArgs: every malformed command line is a usage error (exit 2) that
// names the option and the command's options.
import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "../../ci/cli/args";
import { UsageError } from "../../ci/result/errors";
import { cli } from "../evaluate/cli-helpers";

const OPTIONS = { format: { type: "string" }, lang: { type: "string" }, github: { type: "boolean" }, ignore: { type: "string", multiple: true } } as const;
const parse = (argv: string[]) => parseCommandArgs("demo-cmd", argv, OPTIONS);

describe("command-line options", () => {
  it("parses values, booleans, repeatable options and one positional", () => {
    const r = parse(["dir", "--format", "json", "--github", "--ignore", "a", "--ignore=b"]);
    expect(r.values).toEqual({ format: "json", github: true, ignore: ["a", "b"] });
    expect(r.positionals).toEqual(["dir"]);
  });
  it("names an unknown option and lists the known ones", () => {
    expect(() => parse(["--colour"])).toThrow(new UsageError("demo-cmd: unknown option '--colour' (options: --format, --github, --ignore, --lang)"));
    expect(() => parse(["-x"])).toThrow(/unknown option '-x'/);
  });
  it("rejects a missing value, a value on a flag, a repeated option and a stray argument", () => {
    expect(() => parse(["--format"])).toThrow(new UsageError("demo-cmd: option '--format' needs a value"));
    expect(() => parse(["--format", "--lang", "fr"])).toThrow(/option '--format' needs a value/);
    expect(() => parse(["--github=yes"])).toThrow(new UsageError("demo-cmd: option '--github' takes no value"));
    expect(() => parse(["--lang", "fr", "--lang=en"])).toThrow(new UsageError("demo-cmd: option '--lang' given more than once"));
    expect(() => parse(["a", "b"])).toThrow(new UsageError("demo-cmd: unexpected argument 'b'"));
  });
  it("ends the CLI with exit code 2 and the message, no stack trace", async () => {
    const r = await cli(["catalog", "--colour"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe("clausier-guard: catalog: unknown option '--colour' (options: --format, --lang)\n");
  });
});
