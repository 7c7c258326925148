/**
 * A fake of the parts of GitHub's REST API that scalewatch uses, on 127.0.0.1 and a random port.
 * Every request is first checked against GitHub's OpenAPI description (openapi.ts); one that is not
 * in it or is invalid is answered 400 and recorded in `violations`, which every test asserts empty.
 * Tokens are read-only or read-write, like a fork's and a same-repository GITHUB_TOKEN.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './openapi.js';
import { afterEach, beforeEach, expect } from 'vitest';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export interface FakeRun {
  id: number;
  head_sha: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | null;
  created_at: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  zip: Uint8Array;
  expired?: boolean;
}

export interface FakePull {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  /** The commit it landed as, when merged (what a commit's associated pull requests are found by). */
  mergeCommit?: string;
}

export interface FakeCommit {
  tree: string;
  parents: string[];
  message: string;
}

interface Fault {
  operationId: string;
  status: number;
  times: number;
}

export interface Logged {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  body: unknown;
}

interface Ctx {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  url: URL;
}

interface Reply {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

const sha = (text: string) => createHash('sha1').update(text).digest('hex');
/** How a file made from a base64 blob is kept in a tree of the fake (its content is binary). */
const BLOB = 'base64:';

export class FakeGitHub {
  owner = 'acme';
  repo = 'kernel';
  /** token → access; anything else is answered 401. */
  tokens: Record<string, 'read' | 'write'> = { 'write-token': 'write', 'read-token': 'read' };
  collaborators: Record<string, 'admin' | 'write' | 'read'> = {};
  comments: FakeComment[] = [];
  reactions: { commentId: number; content: string }[] = [];
  pulls: FakePull[] = [];
  runs: FakeRun[] = [];
  artifacts: FakeArtifact[] = [];
  refs: Record<string, string> = {};
  commits: Record<string, FakeCommit> = {};
  /** tree sha → every file of the tree by path. */
  trees: Record<string, Record<string, string>> = {};
  /** Comments made on commits (a change point on main names its commit). */
  commitComments: { id: number; sha: string; body: string }[] = [];
  /** Workflows started through workflow_dispatch: the workflow (file name or id), the ref, the inputs. */
  dispatches: { workflow: string; ref: string; inputs: unknown }[] = [];
  /** The workflows the repository has, by file name: a dispatch of any other is answered 404. */
  workflows: string[] = ['scalewatch-bisect.yml'];
  /** blob sha → its text (a base64 blob's, marked with BLOB in front). */
  blobs: Record<string, string> = {};
  log: Logged[] = [];
  violations: string[] = [];
  private faults: Fault[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  /** The next `times` calls of an operation fail with `status`. */
  fail(operationId: string, status: number, times = 1): void {
    this.faults.push({ operationId, status, times });
  }

  /** A branch whose head commit holds `files`; returns the commit sha. */
  branch(name: string, files: Record<string, string>, parent?: string): string {
    const tree = sha(JSON.stringify(files));
    this.trees[tree] = { ...files };
    const commit = sha(`${tree}${parent ?? ''}${name}`);
    this.commits[commit] = { tree, parents: parent ? [parent] : [], message: `init ${name}` };
    this.refs[`heads/${name}`] = commit;
    return commit;
  }

  /** The bytes of a file that was committed as a base64 blob (a history record). */
  blobAt(ref: string, path: string): Buffer | undefined {
    const text = this.filesAt(ref)[path];
    return text?.startsWith(BLOB) ? Buffer.from(text.slice(BLOB.length), 'base64') : undefined;
  }

  filesAt(ref: string): Record<string, string> {
    const commit = this.commits[this.refs[`heads/${ref}`] ?? this.refs[ref] ?? ref];
    return commit ? (this.trees[commit.tree] ?? {}) : {};
  }

  writes(): Logged[] {
    return this.log.filter((l) => l.method !== 'GET' && l.operationId !== null && l.status < 400);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private id(): number {
    return this.nextId++;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const send = (reply: Reply, operationId: string | null, body: unknown) => {
      this.log.push({ method, path: url.pathname, operationId, status: reply.status, body });
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
    };

    // Stands for the blob storage that artifact downloads redirect to (not part of the REST API).
    const blob = /^\/_blobs\/(\d+)\.zip$/.exec(url.pathname);
    if (blob && method === 'GET') {
      const a = this.artifacts.find((x) => x.id === Number(blob[1]));
      this.log.push({ method, path: url.pathname, operationId: null, status: a ? 200 : 404, body: undefined });
      res.writeHead(a ? 200 : 404, { 'content-type': 'application/zip' });
      res.end(a ? Buffer.from(a.zip) : '');
      return;
    }

    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      send({ status: 400, json: { message: 'Problems parsing JSON' } }, null, raw);
      return;
    }
    const checked = checkRequest(method, url, body, raw !== '');
    if (!checked.ok) {
      this.violations.push(checked.violation);
      send({ status: 400, json: { message: checked.violation } }, null, body);
      return;
    }
    const { operationId, params } = checked.match;
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const access = auth === undefined ? undefined : this.tokens[auth];
    if (access === undefined) return send({ status: 401, json: { message: 'Bad credentials' } }, operationId, body);
    if (params.owner !== this.owner || params.repo !== this.repo) return send({ status: 404, json: { message: 'Not Found' } }, operationId, body);
    if (method !== 'GET' && access !== 'write') return send({ status: 403, json: { message: 'Resource not accessible by integration' } }, operationId, body);
    const fault = this.faults.find((f) => f.operationId === operationId && f.times > 0);
    if (fault) {
      fault.times--;
      return send({ status: fault.status, json: { message: `injected ${fault.status}` } }, operationId, body);
    }
    const handler = this.handlers[operationId];
    if (!handler) {
      this.violations.push(`${operationId} is in GitHub's API but this fake does not implement it`);
      return send({ status: 501, json: { message: 'not implemented by the fake' } }, operationId, body);
    }
    send(handler({ params, query: url.searchParams, body: (body ?? {}) as Record<string, unknown>, url }), operationId, body);
  }

  private html(path: string): string {
    return `https://github.com/${this.owner}/${this.repo}/${path}`;
  }

  private commentJson(c: FakeComment) {
    return { id: c.id, body: c.body, html_url: this.html(`pull/${c.issue}#issuecomment-${c.id}`), user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' } };
  }

  /** One page of `items`, with a Link header to the next one as GitHub sends it. */
  private page<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = Number(ctx.query.get('per_page') ?? 30);
    const page = Number(ctx.query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(ctx.url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { items: slice, headers };
  }

  private comment(ctx: Ctx): FakeComment | undefined {
    return this.comments.find((c) => c.id === Number(ctx.params.comment_id));
  }

  private readonly handlers: Record<string, (ctx: Ctx) => Reply> = {
    'issues/list-comments': (ctx) => {
      const { items, headers } = this.page(ctx, this.comments.filter((c) => c.issue === Number(ctx.params.issue_number)));
      return { status: 200, json: items.map((c) => this.commentJson(c)), headers };
    },
    'issues/create-comment': (ctx) => {
      const c = { id: this.id(), issue: Number(ctx.params.issue_number), body: String(ctx.body.body), user: 'github-actions[bot]' };
      this.comments.push(c);
      return { status: 201, json: this.commentJson(c) };
    },
    'issues/update-comment': (ctx) => {
      const c = this.comment(ctx);
      if (!c) return { status: 404, json: { message: 'Not Found' } };
      c.body = String(ctx.body.body);
      return { status: 200, json: this.commentJson(c) };
    },
    'issues/delete-comment': (ctx) => {
      const c = this.comment(ctx);
      if (!c) return { status: 404, json: { message: 'Not Found' } };
      this.comments = this.comments.filter((x) => x !== c);
      return { status: 204 };
    },
    'reactions/create-for-issue-comment': (ctx) => {
      this.reactions.push({ commentId: Number(ctx.params.comment_id), content: String(ctx.body.content) });
      return { status: 201, json: { id: this.id(), content: ctx.body.content } };
    },
    'repos/get-collaborator-permission-level': (ctx) => {
      const p = this.collaborators[ctx.params.username!];
      if (!p) return { status: 404, json: { message: `${ctx.params.username} is not a user` } };
      return { status: 200, json: { permission: p, role_name: p, user: { login: ctx.params.username } } };
    },
    'pulls/get': (ctx) => {
      const p = this.pulls.find((x) => x.number === Number(ctx.params.pull_number));
      if (!p) return { status: 404, json: { message: 'Not Found' } };
      return {
        status: 200,
        json: {
          number: p.number,
          html_url: this.html(`pull/${p.number}`),
          head: { sha: p.headSha, ref: p.headRef, repo: { full_name: p.headRepo } },
          base: { ref: p.baseRef, repo: { full_name: `${this.owner}/${this.repo}` } },
        },
      };
    },
    'actions/list-workflow-runs-for-repo': (ctx) => {
      const runs = this.runs.filter((r) => (!ctx.query.has('head_sha') || r.head_sha === ctx.query.get('head_sha')) && (!ctx.query.has('status') || r.status === ctx.query.get('status')));
      const json = runs.map((r) => ({ ...r, html_url: this.html(`actions/runs/${r.id}`) }));
      return { status: 200, json: { total_count: json.length, workflow_runs: json } };
    },
    'actions/list-workflow-run-artifacts': (ctx) => {
      const all = this.artifacts.filter((a) => a.runId === Number(ctx.params.run_id));
      const { items, headers } = this.page(ctx, all);
      const json = items.map((a) => ({ id: a.id, name: a.name, expired: a.expired ?? false, size_in_bytes: a.zip.byteLength, workflow_run: { id: a.runId } }));
      return { status: 200, json: { total_count: all.length, artifacts: json }, headers };
    },
    'actions/download-artifact': (ctx) => {
      const a = this.artifacts.find((x) => x.id === Number(ctx.params.artifact_id));
      if (!a || a.expired) return { status: a ? 410 : 404, json: { message: a ? 'Artifact has expired' : 'Not Found' } };
      return { status: 302, headers: { location: `${this.url}/_blobs/${a.id}.zip` } };
    },
    'repos/get-content': (ctx) => {
      const files = this.filesAt(ctx.query.get('ref') ?? 'main');
      const path = ctx.params.path!.replace(/\/$/, '');
      const text = files[path];
      if (text !== undefined) {
        return { status: 200, json: { type: 'file', path, name: path.split('/').pop(), sha: sha(text), encoding: 'base64', content: Buffer.from(text).toString('base64') } };
      }
      const entries = Object.keys(files).filter((f) => f.startsWith(`${path}/`) && !f.slice(path.length + 1).includes('/'));
      if (entries.length === 0) return { status: 404, json: { message: 'Not Found' } };
      return { status: 200, json: entries.map((f) => ({ type: 'file', path: f, name: f.split('/').pop(), sha: sha(files[f]!) })) };
    },
    'git/get-ref': (ctx) => {
      const s = this.refs[ctx.params.ref!];
      if (!s) return { status: 404, json: { message: 'Not Found' } };
      return { status: 200, json: { ref: `refs/${ctx.params.ref}`, object: { sha: s, type: 'commit' } } };
    },
    'git/get-commit': (ctx) => {
      const c = this.commits[ctx.params.commit_sha!];
      if (!c) return { status: 404, json: { message: 'Not Found' } };
      return { status: 200, json: { sha: ctx.params.commit_sha, tree: { sha: c.tree }, parents: c.parents.map((p) => ({ sha: p })), message: c.message } };
    },
    'repos/list-comments-for-commit': (ctx) => {
      const list = this.commitComments.filter((c) => c.sha === ctx.params.commit_sha);
      return { status: 200, json: list.map((c) => ({ id: c.id, body: c.body, commit_id: c.sha, html_url: this.html(`commit/${c.sha}#commitcomment-${c.id}`) })) };
    },
    'repos/update-commit-comment': (ctx) => {
      const c = this.commitComments.find((x) => x.id === Number(ctx.params.comment_id));
      if (!c) return { status: 404, json: { message: 'Not Found' } };
      c.body = String(ctx.body.body);
      return { status: 200, json: { id: c.id, body: c.body, commit_id: c.sha, html_url: this.html(`commit/${c.sha}#commitcomment-${c.id}`) } };
    },
    'repos/list-pull-requests-associated-with-commit': (ctx) => {
      return { status: 200, json: this.pulls.filter((p) => p.mergeCommit === ctx.params.commit_sha).map((p) => ({ number: p.number })) };
    },
    'actions/create-workflow-dispatch': (ctx) => {
      if (!this.workflows.includes(ctx.params.workflow_id!)) return { status: 404, json: { message: 'Not Found' } };
      this.dispatches.push({ workflow: ctx.params.workflow_id!, ref: String(ctx.body.ref), inputs: ctx.body.inputs });
      return { status: 204 };
    },
    'repos/create-commit-comment': (ctx) => {
      const id = this.nextId++;
      this.commitComments.push({ id, sha: ctx.params.commit_sha!, body: String(ctx.body.body) });
      return { status: 201, json: { id, body: ctx.body.body, commit_id: ctx.params.commit_sha, html_url: this.html(`commit/${ctx.params.commit_sha}#commitcomment-${id}`) } };
    },
    'git/create-blob': (ctx) => {
      const content = String(ctx.body.content);
      const text = ctx.body.encoding === 'base64' ? `${BLOB}${content}` : content;
      const blob = sha(text);
      this.blobs[blob] = text;
      return { status: 201, json: { sha: blob, url: this.html(`blob/${blob}`) } };
    },
    'git/create-ref': (ctx) => {
      const ref = String(ctx.body.ref).replace(/^refs\//, '');
      if (this.refs[ref]) return { status: 422, json: { message: 'Reference already exists' } };
      this.refs[ref] = String(ctx.body.sha);
      return { status: 201, json: { ref: `refs/${ref}`, object: { sha: this.refs[ref], type: 'commit' } } };
    },
    'git/create-tree': (ctx) => {
      const base = this.trees[String(ctx.body.base_tree)] ?? {};
      const files = { ...base };
      for (const e of ctx.body.tree as { path: string; content?: string; sha?: string }[]) files[e.path] = e.sha !== undefined ? (this.blobs[e.sha] ?? '') : (e.content ?? '');
      const tree = sha(JSON.stringify(files));
      this.trees[tree] = files;
      return { status: 201, json: { sha: tree, tree: [] } };
    },
    'git/create-commit': (ctx) => {
      const parents = ctx.body.parents as string[];
      const commit = sha(`${String(ctx.body.tree)}${parents.join()}${String(ctx.body.message)}`);
      this.commits[commit] = { tree: String(ctx.body.tree), parents, message: String(ctx.body.message) };
      return { status: 201, json: { sha: commit, html_url: this.html(`commit/${commit}`), tree: { sha: ctx.body.tree } } };
    },
    'git/update-ref': (ctx) => {
      const ref = ctx.params.ref!;
      const current = this.refs[ref];
      const next = String(ctx.body.sha);
      if (!current) return { status: 422, json: { message: 'Reference does not exist' } };
      if (ctx.body.force !== true && !this.commits[next]?.parents.includes(current)) return { status: 422, json: { message: 'Update is not a fast forward' } };
      this.refs[ref] = next;
      return { status: 200, json: { ref: `refs/${ref}`, object: { sha: next, type: 'commit' } } };
    },
  };
}

/**
 * The fake has no rate limits: clients made for it need not space their writes a second apart or
 * wait before a retry (src/github/client.ts). Every request and retry still happens.
 */
export const NO_WAIT_ENV = { SCALEWATCH_TEST_GITHUB_NO_WAIT: '1' };

/**
 * A fresh fake GitHub for every test of the calling file: started before each test (after `setup`
 * has configured it), stopped after, and every test fails if any request broke the OpenAPI description.
 * The file's clients do not wait (NO_WAIT_ENV).
 */
export function useFakeGitHub(use: (fake: FakeGitHub) => void, setup: (fake: FakeGitHub) => void = () => {}): void {
  let fake: FakeGitHub;
  Object.assign(process.env, NO_WAIT_ENV);
  beforeEach(async () => {
    fake = new FakeGitHub();
    setup(fake);
    await fake.start();
    use(fake);
  });
  afterEach(async () => {
    await fake.stop();
    expect(fake.violations).toEqual([]);
  });
}
