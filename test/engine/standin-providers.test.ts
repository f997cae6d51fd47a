// The plan-only stand-in providers (tools/providers), spoken to over the real provider gRPC protocol.
// Needs only Node and node_modules: no Pulumi CLI.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PLACEMENT, offlineInvoke } from "../../ci/evaluate/child/offline-invokes";

const root = resolve(__dirname, "..", "..");
const req = createRequire(join(root, "package.json"));
// The same modules the providers load (the SDK's own grpc-js and generated stubs).
const grpc = req(req.resolve("@grpc/grpc-js", { paths: [join(root, "node_modules", "@pulumi", "pulumi")] }));
const provrpc = req("@pulumi/pulumi/proto/provider_grpc_pb");
const provproto = req("@pulumi/pulumi/proto/provider_pb");
const structproto = req("google-protobuf/google/protobuf/struct_pb");
const emptyproto = req("google-protobuf/google/protobuf/empty_pb");
const aws = req(join(root, "tools", "providers", "aws", "index.js"));
const where = { ...DEFAULT_PLACEMENT, region: "eu-west-3" };

interface Started { child: ChildProcess; client: any }

async function start(name: string): Promise<Started> {
  const child = spawn(process.execPath, [join(root, "tools", "providers", name, "index.js")], { stdio: ["ignore", "pipe", "pipe"] });
  const port = await new Promise<string>((ok, fail) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /^(\d+)\n/.exec(out);
      if (m) ok(m[1]);
    });
    child.stderr!.on("data", (b: Buffer) => { err += b.toString(); });
    child.on("exit", (code) => fail(new Error(`provider ${name} exited (${code}): ${err}`)));
    setTimeout(() => fail(new Error(`provider ${name} printed no port: ${out} ${err}`)), 30_000);
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return { child, client };
}

function call<T>(client: any, method: string, request: unknown): Promise<T> {
  return new Promise((ok, fail) => client[method](request, (err: Error | null, res: T) => (err ? fail(err) : ok(res))));
}

function struct(o: Record<string, unknown>) {
  return structproto.Struct.fromJavaScript(o);
}

describe("stand-in aws provider (gRPC)", () => {
  let p: Started;
  beforeAll(async () => { p = await start("aws"); });
  afterAll(() => { p?.client.close(); p?.child.kill(); });

  it("reports the version of the installed @pulumi/aws SDK", async () => {
    const info: any = await call(p.client, "getPluginInfo", new emptyproto.Empty());
    expect(info.getVersion()).toBe(req("@pulumi/aws/package.json").version);
  });

  it("check returns the inputs unchanged", async () => {
    const r = new provproto.CheckRequest();
    r.setUrn("urn:pulumi:dev::p::aws:s3/bucket:Bucket::b");
    r.setOlds(struct({}));
    r.setNews(struct({ bucket: "b", tags: { env: "dev" } }));
    const res: any = await call(p.client, "check", r);
    expect(res.getInputs().toJavaScript()).toEqual({ bucket: "b", tags: { env: "dev" } });
    expect(res.getFailuresList()).toEqual([]);
  });

  it("diff reports changes only when inputs differ", async () => {
    const d = (olds: object, news: object) => {
      const r = new provproto.DiffRequest();
      r.setId("b"); r.setUrn("urn:pulumi:dev::p::aws:s3/bucket:Bucket::b");
      r.setOlds(struct(olds as Record<string, unknown>)); r.setNews(struct(news as Record<string, unknown>));
      return call<any>(p.client, "diff", r);
    };
    expect((await d({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).getChanges()).toBe(provproto.DiffResponse.DiffChanges.DIFF_NONE);
    expect((await d({ a: 1 }, { a: 2 })).getChanges()).toBe(provproto.DiffResponse.DiffChanges.DIFF_SOME);
  });

  it("refuses to create anything (plan-only)", async () => {
    const r = new provproto.CreateRequest();
    r.setUrn("urn:pulumi:dev::p::aws:s3/bucket:Bucket::b");
    r.setProperties(struct({ bucket: "b" }));
    await expect(call(p.client, "create", r)).rejects.toThrow(/plan-only/);
  });

  it("answers the data sources the offline engine answers, the same way (one table)", async () => {
    const c = new provproto.ConfigureRequest();
    c.getVariablesMap().set("aws:config:region", "eu-west-3");
    c.setArgs(struct({ region: "eu-west-3" }));
    await call(p.client, "configure", c);
    const inv = async (tok: string, args: Record<string, unknown> = {}) => {
      const r = new provproto.InvokeRequest();
      r.setTok(tok); r.setArgs(struct(args));
      const res: any = await call(p.client, "invoke", r);
      return { ret: res.getReturn()?.toJavaScript(), failures: res.getFailuresList().map((f: any) => f.getReason()) };
    };
    expect((await inv("aws:index/getRegion:getRegion")).ret).toMatchObject({ name: "eu-west-3", region: "eu-west-3" });
    expect((await inv("aws:index/getCallerIdentity:getCallerIdentity")).ret).toMatchObject({ accountId: "111111111111" });
    expect((await inv("aws:index/getAvailabilityZones:getAvailabilityZones")).ret).toMatchObject({ names: ["eu-west-3a", "eu-west-3b", "eu-west-3c"], zoneIds: ["euw3-az1", "euw3-az2", "euw3-az3"] });
    // Data sources a partial preview stopped on before: answered as the mocks engine answers them.
    for (const [tok, args] of [["aws:route53/getZone:getZone", { name: "chu.example" }], ["aws:ec2/getAmi:getAmi", { mostRecent: true, owners: ["amazon"] }]] as const) {
      const got = await inv(tok, args);
      expect(got.failures).toEqual([]);
      expect(got.ret).toEqual(JSON.parse(JSON.stringify(offlineInvoke(tok, args, where))));
    }
    const unknown = await inv("aws:ec2/getKeyPair:getKeyPair");
    expect(unknown.failures.join(" ")).toMatch(/no offline answer/);
  });
});

describe("stand-in azure-native provider (gRPC)", () => {
  let p: Started;
  beforeAll(async () => { p = await start("azure-native"); });
  afterAll(() => { p?.client.close(); p?.child.kill(); });

  it("reports the @pulumi/azure-native version and answers getClientConfig as the offline engine does", async () => {
    const info: any = await call(p.client, "getPluginInfo", new emptyproto.Empty());
    expect(info.getVersion()).toBe(req("@pulumi/azure-native/package.json").version);
    const r = new provproto.InvokeRequest();
    r.setTok("azure-native:authorization:getClientConfig"); r.setArgs(struct({}));
    const res: any = await call(p.client, "invoke", r);
    expect(res.getReturn().toJavaScript()).toEqual(offlineInvoke("azure-native:authorization:getClientConfig", {}, DEFAULT_PLACEMENT));
  });
});

describe("aws.iam.getPolicyDocument offline", () => {
  it("renders statements like the real provider", () => {
    const doc = aws.policyDocument({
      statements: [{
        sid: "DenyHttp", effect: "Deny", actions: ["s3:*"], resources: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
        principals: [{ type: "*", identifiers: ["*"] }],
        conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
      }],
    });
    expect(JSON.parse(doc.json)).toEqual({
      Version: "2012-10-17",
      Statement: [{
        Sid: "DenyHttp", Effect: "Deny", Action: "s3:*", Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], Principal: "*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }],
    });
  });
});
