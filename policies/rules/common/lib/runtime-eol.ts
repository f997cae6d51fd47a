// Language runtimes past their vendor's end of support (O-3.10: no obsolete component, "sans
// maintenance de correctif de vulnérabilité de l'éditeur"). One dated table read by the AWS Lambda
// and Azure App Service / Functions rules; a line is obsolete from its date on (rules compare with
// the evaluation date, so an entry starts to fail on its own day). Reviewed 2026-11-29.
// Sources: AWS Lambda "Runtime deprecation policy" table (docs.aws.amazon.com/lambda/latest/dg/
// lambda-runtimes.html); the Node.js, Python (PEPs), PHP and .NET release calendars; Azure
// Functions "runtime versions overview" (learn.microsoft.com/azure/azure-functions/functions-versions).

export const RUNTIME_EOL_REVIEWED = "2026-11-29";

export type RuntimeEngine = "lambda" | "node" | "python" | "php" | "dotnet" | "java" | "functions";

export interface RuntimeLine {
  engine: RuntimeEngine;
  /** Lambda: the runtime id; versioned engines: the release line ("20", "3.9", "~3"). */
  line: string;
  /** First day the line is out of support (YYYY-MM-DD). */
  endOfSupport: string;
  source: string;
}

const LAMBDA = "AWS Lambda runtime deprecation table";
const lambda = (line: string, endOfSupport: string, source = LAMBDA): RuntimeLine => ({ engine: "lambda", line, endOfSupport, source });

export const RUNTIME_EOL: RuntimeLine[] = [
  lambda("nodejs10.x", "2021-07-30"), lambda("nodejs12.x", "2023-03-31"), lambda("nodejs14.x", "2023-12-04"),
  lambda("nodejs16.x", "2024-06-12"), lambda("nodejs18.x", "2025-09-01"), lambda("nodejs20.x", "2026-04-30"),
  lambda("nodejs22.x", "2027-04-30"),
  lambda("python2.7", "2021-07-15"), lambda("python3.6", "2022-07-18"), lambda("python3.7", "2023-12-04"),
  lambda("python3.8", "2024-10-14"), lambda("python3.9", "2025-12-15"), lambda("python3.10", "2026-06-30"),
  lambda("python3.11", "2026-06-30", `${LAMBDA} (Amazon Linux 2 based; verify)`), lambda("python3.12", "2028-10-31"),
  lambda("dotnetcore2.1", "2022-01-05"), lambda("dotnetcore3.1", "2023-04-03"), lambda("dotnet5.0", "2022-05-10"),
  lambda("dotnet6", "2024-12-20"), lambda("dotnet7", "2024-05-14"),
  // .NET 8 LTS: Microsoft ends support on 2026-11-10; Lambda deprecates dotnet8 the same day.
  lambda("dotnet8", "2026-11-10", `${LAMBDA}; .NET 8 end of support (dotnet.microsoft.com/platform/support/policy)`),
  lambda("java8", "2024-01-08"), lambda("go1.x", "2024-01-08"), lambda("provided", "2024-01-08"),
  lambda("ruby2.5", "2021-07-30"), lambda("ruby2.7", "2023-12-07"), lambda("ruby3.2", "2026-03-31"), lambda("ruby3.3", "2027-03-31"),

  ...([["14", "2023-04-30"], ["16", "2023-09-11"], ["18", "2025-04-30"], ["20", "2026-04-30"], ["22", "2027-04-30"], ["24", "2028-04-30"]] as const)
    .map(([line, d]) => ({ engine: "node" as const, line, endOfSupport: d, source: "Node.js release schedule (github.com/nodejs/release)" })),
  ...([["3.7", "2023-06-27"], ["3.8", "2024-10-07"], ["3.9", "2025-10-31"], ["3.10", "2026-10-31"], ["3.11", "2027-10-31"], ["3.12", "2028-10-31"]] as const)
    .map(([line, d]) => ({ engine: "python" as const, line, endOfSupport: d, source: "Python release PEPs (devguide.python.org/versions)" })),
  ...([["7.4", "2022-11-28"], ["8.0", "2023-11-26"], ["8.1", "2025-12-31"], ["8.2", "2026-12-31"], ["8.3", "2027-12-31"]] as const)
    .map(([line, d]) => ({ engine: "php" as const, line, endOfSupport: d, source: "PHP supported versions (php.net/supported-versions)" })),
  ...([["3", "2022-12-13"], ["5", "2022-05-10"], ["6", "2024-11-12"], ["7", "2024-05-14"], ["8", "2026-11-10"], ["9", "2026-11-10"], ["10", "2028-11-14"]] as const)
    .map(([line, d]) => ({ engine: "dotnet" as const, line, endOfSupport: d, source: ".NET support policy (dotnet.microsoft.com/platform/support/policy)" })),
  { engine: "java", line: "7", endOfSupport: "2022-07-01", source: "App Service Java support (learn.microsoft.com/azure/app-service/language-support-policy)" },
  { engine: "java", line: "8", endOfSupport: "2026-11-29", source: "recorded obsolete on App Service at the 2026-11-29 review (verify: App Service Java roadmap)" },
  ...([["~1", "2026-09-14"], ["~2", "2022-12-13"], ["~3", "2022-12-13"]] as const)
    .map(([line, d]) => ({ engine: "functions" as const, line, endOfSupport: d, source: "Azure Functions runtime versions overview" })),
];

/** Release line of a version string for an engine ("~20" → "20", "3.9.7" → "3.9", "1.8" → "8", "v8.0" → "8"). */
export function lineOf(engine: Exclude<RuntimeEngine, "lambda">, version: string): string | undefined {
  const m = /(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  const [major, minor] = [m[1], m[2]];
  if (engine === "functions") return `~${major}`;
  if (engine === "python" || engine === "php") return minor === undefined ? undefined : `${major}.${minor}`;
  if (engine === "java" && major === "1" && minor !== undefined) return minor;
  // .NET Framework 4.x is supported with its Windows host: not a .NET (Core) line.
  if (engine === "dotnet" && major === "4") return undefined;
  return major;
}

function compareLines(a: string, b: string): number {
  const pa = a.replace("~", "").split(".").map(Number);
  const pb = b.replace("~", "").split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The table entry that makes `version` obsolete at `now`, or undefined. A line older than every
 * listed line of its engine is obsolete too (its oldest entry is returned as the reason).
 */
export function obsoleteRuntime(engine: RuntimeEngine, version: string, now: Date): RuntimeLine | undefined {
  const lines = RUNTIME_EOL.filter((l) => l.engine === engine);
  if (engine === "lambda") {
    const hit = lines.find((l) => l.line === version.toLowerCase());
    return hit && hit.endOfSupport <= day(now) ? hit : undefined;
  }
  const line = lineOf(engine, version);
  if (!line) return undefined;
  const hit = lines.find((l) => l.line === line);
  if (hit) return hit.endOfSupport <= day(now) ? hit : undefined;
  const oldest = [...lines].sort((a, b) => compareLines(a.line, b.line))[0];
  return oldest && compareLines(line, oldest.line) < 0 ? oldest : undefined;
}
