// A local stand-in for api.github.com: node:http on 127.0.0.1 (random port), answering the
// endpoints the publisher uses with bodies shaped after GitHub's documentation
// (test/fixtures/github). The real Octokit client (with its retry and throttling plugins) talks
// to it through `baseUrl`. Faults can be queued per route to test retries, rate limits and
// rejections; every request is recorded so tests can assert on what was sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";

const FIXTURES = join(__dirname, "..", "fixtures", "github");
export const fixture = <T = unknown>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as T;

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
  json: unknown;
  at: number;
}

export interface Fault {
  /** e.g. "POST /check-runs" matched against `${method} ${path}` with `includes`/regex. */
  match: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many times to answer with this fault (then normal answers). */
  times: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly faults: Fault[] = [];
  comments: FakeComment[] = [];
  commits: unknown[] = fixture<unknown[]>("pull-commits.json");
  checkRuns = new Map<number, { annotations: unknown[]; outputs: unknown[]; conclusion?: string }>();
  private nextId = 1000;
  /** The only token this server accepts. */
  token = "ghs_TestTokenValue0123456789abcdefABCDEF01";
  private server: Server;
  url = "";

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  fault(f: Omit<Fault, "times"> & { times?: number }): void {
    this.faults.push({ times: 1, ...f });
  }

  /** Seeds `n` comments by other people, so ours lands on a later page. */
  seedComments(n: number): void {
    const base = fixture<FakeComment>("issue-comment.json");
    for (let i = 0; i < n; i++) this.comments.push({ ...base, id: this.nextId++, body: `Comment ${i}`, user: { login: `user${i}`, type: "User" } });
  }

  bodies(): string[] {
    return this.requests.map((r) => r.body);
  }

  count(method: string, re: RegExp): number {
    return this.requests.filter((r) => r.method === method && re.test(r.path)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    let json: unknown = undefined;
    try { json = body ? JSON.parse(body) : undefined; } catch { json = undefined; }
    const rec: Recorded = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body, json, at: Date.now() };
    this.requests.push(rec);

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const text = data === undefined ? "" : JSON.stringify(data);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-ratelimit-remaining": "4999", "x-ratelimit-limit": "5000", ...headers });
      res.end(text);
    };

    const key = `${rec.method} ${rec.path}`;
    const fault = this.faults.find((f) => f.times > 0 && f.match.test(key));
    if (fault) {
      fault.times--;
      return send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    }
    if (req.headers.authorization !== `token ${this.token}`) {
      return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
    }

    let m: RegExpExecArray | null;
    if (rec.method === "POST" && (m = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/.exec(rec.path))) {
      const id = this.nextId++;
      const input = json as { head_sha: string; name: string; conclusion?: string; output?: { annotations?: unknown[] } };
      this.checkRuns.set(id, { annotations: [...(input.output?.annotations ?? [])], outputs: [input.output], conclusion: input.conclusion });
      return send(201, { ...fixture<object>("check-run.json"), id, head_sha: input.head_sha, name: input.name, conclusion: input.conclusion ?? null });
    }
    if (rec.method === "PATCH" && (m = /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/.exec(rec.path))) {
      const run = this.checkRuns.get(Number(m[3]));
      if (!run) return send(404, { message: "Not Found" });
      const input = json as { output?: { annotations?: unknown[] } };
      run.annotations.push(...(input.output?.annotations ?? []));
      run.outputs.push(input.output);
      return send(200, { ...fixture<object>("check-run.json"), id: Number(m[3]) });
    }
    if (rec.method === "GET" && (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(rec.path))) {
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const link = (p: number) => `${this.url}${rec.path}?per_page=${perPage}&page=${p}`;
        headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
      }
      const base = fixture<object>("issue-comment.json");
      return send(200, slice.map((c) => ({ ...base, ...c })), headers);
    }
    if (rec.method === "POST" && (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(rec.path))) {
      const c: FakeComment = { id: this.nextId++, body: (json as { body: string }).body, user: { login: "github-actions[bot]", type: "Bot" } };
      this.comments.push(c);
      return send(201, { ...fixture<object>("issue-comment.json"), ...c });
    }
    if (rec.method === "PATCH" && (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(rec.path))) {
      const c = this.comments.find((x) => x.id === Number(m![3]));
      if (!c) return send(404, { message: "Not Found" });
      c.body = (json as { body: string }).body;
      return send(200, { ...fixture<object>("issue-comment.json"), ...c });
    }
    if (rec.method === "GET" && /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/commits$/.test(rec.path)) {
      return send(200, this.commits);
    }
    return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  }
}
