// Plan-only stand-in for the `aws` provider (see ../lib/standin.js and ../README.md).
"use strict";
const { run } = require("../lib/standin");

// AWS's documentation example account id: never a real account.
const OFFLINE_ACCOUNT = "123456789012";

function configured(config, key) {
  const v = config.args[key] !== undefined ? config.args[key] : config.vars[`aws:config:${key}`];
  if (typeof v !== "string") return v;
  try { return JSON.parse(v); } catch { return v; }
}

function regionOf(args, config) {
  if (typeof args.region === "string" && args.region) return args.region;
  const r = configured(config, "region");
  if (typeof r === "string" && r) return r;
  return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;
}

function accountOf(config) {
  const ids = configured(config, "allowedAccountIds");
  return Array.isArray(ids) && typeof ids[0] === "string" ? ids[0] : OFFLINE_ACCOUNT;
}

// eu-west-3 -> euw3 (the prefix of AWS zone ids such as euw3-az1).
function zoneIdPrefix(region) {
  const [area, dir = "", n = ""] = region.split("-");
  const short = dir.replace(/north/g, "n").replace(/south/g, "s").replace(/east/g, "e").replace(/west/g, "w").replace(/central/g, "c");
  return `${area}${short}${n}`;
}

function arr(v) { return v === undefined || v === null ? undefined : Array.isArray(v) ? v : [v]; }
function one(v) { const a = arr(v); return a && a.length === 1 ? a[0] : a; }

// aws.iam.getPolicyDocument is computed locally by the real provider: do the same.
function policyDocument(args) {
  const doc = { Version: args.version || "2012-10-17" };
  if (args.policyId) doc.Id = args.policyId;
  const principals = (list) => {
    if (!list) return undefined;
    const out = {};
    for (const p of list) {
      if (p.type === "*" ) return "*";
      out[p.type] = one([...(arr(out[p.type]) || []), ...arr(p.identifiers)]);
    }
    return out;
  };
  doc.Statement = (args.statements || []).map((s) => {
    const st = {};
    if (s.sid) st.Sid = s.sid;
    st.Effect = s.effect || "Allow";
    if (s.actions) st.Action = one(s.actions);
    if (s.notActions) st.NotAction = one(s.notActions);
    if (s.resources) st.Resource = one(s.resources);
    if (s.notResources) st.NotResource = one(s.notResources);
    if (s.principals) st.Principal = principals(s.principals);
    if (s.notPrincipals) st.NotPrincipal = principals(s.notPrincipals);
    if (s.conditions) {
      st.Condition = {};
      for (const c of s.conditions) {
        st.Condition[c.test] = st.Condition[c.test] || {};
        st.Condition[c.test][c.variable] = one(c.values);
      }
    }
    return st;
  });
  const json = JSON.stringify(doc, null, 2);
  return { id: String(require("crypto").createHash("sha256").update(json).digest("hex").slice(0, 10)),
    json, minifiedJson: JSON.stringify(doc), statements: args.statements, version: doc.Version };
}

function invoke(token, args, config) {
  switch (token) {
    case "aws:index/getRegion:getRegion": {
      const region = regionOf(args, config);
      if (!region) return undefined;
      return { id: region, name: region, region, endpoint: `ec2.${region}.amazonaws.com`, description: region };
    }
    case "aws:index/getCallerIdentity:getCallerIdentity": {
      const account = accountOf(config);
      return { id: account, accountId: account, arn: `arn:aws:iam::${account}:user/clausier-guard-offline`, userId: "AIDACLAUSIERGUARDOFFLINE" };
    }
    case "aws:index/getPartition:getPartition":
      return { id: "aws", partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      const region = regionOf(args, config);
      if (!region) return undefined;
      const p = zoneIdPrefix(region);
      return { id: region, region, names: ["a", "b", "c"].map((s) => region + s), zoneIds: [1, 2, 3].map((n) => `${p}-az${n}`), groupNames: [region], state: args.state };
    }
    case "aws:iam/getPolicyDocument:getPolicyDocument":
      return policyDocument(args);
    default:
      return undefined;
  }
}

module.exports = { invoke, policyDocument, zoneIdPrefix };
if (require.main === module) {
  run({ name: "aws", sdkPackage: "@pulumi/aws", fallbackVersion: "7.48.0", invoke });
}
