// Plan-only stand-in resource providers for offline `pulumi preview` (Clausier Guard).
//
// The real aws and azure-native providers cannot be downloaded on our machines. A stand-in lets the
// real Pulumi engine run a real program and our policy pack offline:
//   - check: returns the program's inputs unchanged. Our policies read an absent property as the
//     provider's documented default (e.g. sslPolicy absent = ELBSecurityPolicy-2016-08), so nothing is
//     added here that could hide an absence; the provider resource's own config (aws:region, ...)
//     reaches the policies through the engine, as with the real provider.
//   - diff: compares old and new inputs (creates need no diff; updates report changes).
//   - create / update / delete / read: refused — this provider only plans.
//   - invoke: answers the data sources the offline engine answers, from the same table
//     (ci/evaluate/child/offline-invokes.ts, loaded through tsx); any other fails the invoke.
// It reports the version of the @pulumi/<name> SDK installed in the checkout, which is the version
// the programs' SDK asks the engine for.
"use strict";

const path = require("path");

function sdkVersion(pkg, fallback) {
  try {
    const p = require.resolve(`${pkg}/package.json`, { paths: [__dirname, process.cwd()] });
    const j = require(p);
    return (j.pulumi && j.pulumi.version) || j.version || fallback;
  } catch {
    return fallback;
  }
}

function stableStringify(v) {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v === undefined ? null : v);
}

class PlanOnlyError extends Error {}

/** The offline engine's table of data-source answers: compiled in the package, else through tsx. */
const TABLE = path.join(__dirname, "..", "..", "..", "ci", "evaluate", "child", "offline-invokes");
const offline = require("fs").existsSync(`${TABLE}.js`)
  ? require(`${TABLE}.js`)
  : require(require.resolve("tsx/cjs/api", { paths: [__dirname] })).require(`${TABLE}.ts`, __filename);

/** A provider setting: from Configure's args, else its variables (`<pkg>:config:<key>`). */
function configured(config, pkg, key) {
  return config.args[key] !== undefined ? config.args[key] : config.vars[`${pkg}:config:${key}`];
}

function planOnly(name, op, urn) {
  return new PlanOnlyError(
    `${name} (Clausier Guard plan-only stand-in provider): cannot ${op} ${urn || "a resource"}; ` +
      "this provider exists only for offline `pulumi preview` and policy checks. Use the real provider to deploy.");
}

/**
 * Captures the provider's configuration: @pulumi/pulumi/provider's server acknowledges Configure
 * without handing the variables to the provider, so the request is observed on its way in.
 */
function observeConfigure(onConfig) {
  const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [__dirname, process.cwd()] }));
  const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdkDir] }));
  const addService = grpc.Server.prototype.addService;
  grpc.Server.prototype.addService = function (service, impl) {
    if (impl && typeof impl.configure === "function") {
      const configure = impl.configure.bind(impl);
      impl.configure = (call, callback) => {
        try {
          const req = call.request;
          const args = req.getArgs && req.getArgs() ? req.getArgs().toJavaScript() : {};
          const vars = {};
          if (req.getVariablesMap) {
            req.getVariablesMap().forEach((v, k) => { vars[k] = v; });
          }
          onConfig(args || {}, vars);
        } catch {
          // configuration is best effort: invokes fall back to their documented defaults
        }
        configure(call, callback);
      };
    }
    return addService.call(this, service, impl);
  };
}

/**
 * Starts a stand-in provider.
 * @param {object} o
 * @param {string} o.name          provider/package name ("aws", "azure-native")
 * @param {string} o.sdkPackage    npm package whose version the provider reports ("@pulumi/aws")
 * @param {string} o.fallbackVersion version when that package is not installed
 * @param {(token: string, args: any, config: any) => any} o.invoke  returns outputs, or undefined when unknown
 */
function run(o) {
  const config = { args: {}, vars: {} };
  observeConfigure((args, vars) => { config.args = args; config.vars = vars; });
  const { main } = require(require.resolve("@pulumi/pulumi/provider", { paths: [__dirname, process.cwd()] }));

  const provider = {
    version: sdkVersion(o.sdkPackage, o.fallbackVersion),
    // A minimal schema: enough for the engine, which never needs more from a plan-only provider.
    schema: JSON.stringify({ name: o.name, version: sdkVersion(o.sdkPackage, o.fallbackVersion) }),
    async check(_urn, _olds, news) {
      return { inputs: news };
    },
    async diff(_id, _urn, olds, news) {
      const changes = stableStringify(olds) !== stableStringify(news);
      return { changes };
    },
    async create(urn) { throw planOnly(o.name, "create", urn); },
    async update(_id, urn) { throw planOnly(o.name, "update", urn); },
    async delete(_id, urn) { throw planOnly(o.name, "delete", urn); },
    async read(_id, urn) { throw planOnly(o.name, "read (import/refresh)", urn); },
    async invoke(token, args) {
      const outputs = o.invoke(token, args || {}, config);
      if (outputs === undefined) {
        return {
          failures: [{
            property: "",
            reason: `${o.name} (Clausier Guard plan-only stand-in provider): the data source ${token} ` +
              "has no offline answer; avoid it in programs previewed offline, or preview with the real provider",
          }],
        };
      }
      // JSON round trip: drops undefined fields, which the protobuf Struct conversion rejects.
      return { outputs: JSON.parse(JSON.stringify(outputs)) };
    },
  };
  return main(provider, process.argv.slice(2));
}

module.exports = { run, stableStringify, PlanOnlyError, offline, configured };
