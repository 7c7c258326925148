/**
 * GitHub's published OpenAPI description (@octokit/openapi) as a request checker: finds the operation
 * a request is for (method and path template), and checks its path and query parameters and its JSON
 * body against the operation's schemas. A request that is not in the description, or not valid for
 * it, is a violation: the code under test would fail against the real API too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: object }> };
}

interface Route {
  method: string;
  template: string;
  names: string[];
  exact: RegExp;
  greedy: RegExp;
  op: Operation;
}

export interface Matched {
  operationId: string;
  params: Record<string, string>;
}

let routes: Route[] | undefined;

function load(): Route[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  const out: Route[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const literal = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    const exact = new RegExp(`^${literal.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    // Some parameters (a git ref, a file path) hold slashes: let the last one take the rest.
    const greedy = new RegExp(`^${literal.replace(/\{[^}]+\}(?!.*\{)/, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (typeof op === 'object' && op !== null && 'operationId' in op) out.push({ method: method.toUpperCase(), template, names, exact, greedy, op });
    }
  }
  // Literal segments beat templates: /git/ref/{ref} must not swallow a more specific path.
  return out.sort((a, b) => a.names.length - b.names.length);
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, coerceTypes: false });
const paramAjv = new Ajv({ strict: false, validateFormats: false, coerceTypes: true });
const cache = new Map<object, ValidateFunction>();

function compile(schema: object, which: Ajv): ValidateFunction {
  let v = cache.get(schema);
  if (v === undefined) {
    v = which.compile(openApiToJsonSchema(schema));
    cache.set(schema, v);
  }
  return v;
}

/** OpenAPI 3.0's `nullable: true` is not JSON Schema: turn it into a type that allows null. */
function openApiToJsonSchema(schema: unknown): object {
  if (Array.isArray(schema)) return schema.map(openApiToJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema as object;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, openApiToJsonSchema(pv)])) : openApiToJsonSchema(v);
  if (out.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

function errorsText(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/** The operation for a request, or a violation explaining why the request is not one GitHub knows. */
export function checkRequest(method: string, url: URL, body: unknown, hasBody: boolean): { ok: true; match: Matched } | { ok: false; violation: string } {
  routes ??= load();
  const path = url.pathname;
  const what = `${method} ${path}${url.search}`;
  let route: Route | undefined;
  let values: string[] = [];
  for (const pass of ['exact', 'greedy'] as const) {
    for (const r of routes) {
      if (r.method !== method) continue;
      const m = r[pass].exec(path);
      if (m) {
        route = r;
        values = m.slice(1);
        break;
      }
    }
    if (route) break;
  }
  if (!route) return { ok: false, violation: `${what}: no such operation in GitHub's REST API description` };
  const params: Record<string, string> = {};
  route.names.forEach((n, i) => (params[n] = decodeURIComponent(values[i]!)));
  const declared = route.op.parameters ?? [];
  for (const p of declared) {
    const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? (url.searchParams.get(p.name) ?? undefined) : undefined;
    if (value === undefined) {
      if (p.required && (p.in === 'path' || p.in === 'query')) return { ok: false, violation: `${what}: required ${p.in} parameter ${p.name} is missing` };
      continue;
    }
    if (p.schema) {
      const v = compile({ type: 'object', properties: { value: p.schema } }, paramAjv);
      if (!v({ value })) return { ok: false, violation: `${what}: ${p.in} parameter ${p.name}=${value} is invalid: ${errorsText(v)}` };
    }
  }
  for (const key of url.searchParams.keys()) {
    if (!declared.some((p) => p.in === 'query' && p.name === key)) return { ok: false, violation: `${what}: unknown query parameter ${key}` };
  }
  const content = route.op.requestBody?.content['application/json'];
  if (hasBody) {
    if (!content?.schema) return { ok: false, violation: `${what}: ${route.op.operationId} takes no JSON body` };
    const v = compile(content.schema, ajv);
    if (!v(body)) return { ok: false, violation: `${what}: body invalid for ${route.op.operationId}: ${errorsText(v)}` };
  } else if (route.op.requestBody?.required) {
    return { ok: false, violation: `${what}: ${route.op.operationId} requires a body` };
  }
  return { ok: true, match: { operationId: route.op.operationId, params } };
}
