#!/usr/bin/env node
// Contract test: every response shape of pipes-sandbox must validate against
// the official WorkOS OpenAPI document (npm @workos/openapi-spec@0.1.0,
// OpenAPI 3.1.1, i.e. JSON Schema 2020-12, validated with Ajv 2020).
//
//   node validate-sandbox.mjs --sandbox path/to/pipes-sandbox   (starts it on a free port)
//   node validate-sandbox.mjs --base-url http://127.0.0.1:4100 [--api-key KEY]
//   ... --mutate   remove required fields from real responses before validating
//                  (shows what a failure looks like; exits non-zero by design)
//   ... --strict-state  also fail on the demo seed's deliberate off-spec account
//                  state (SandboxSeed::UnknownAccountState), see substituteState()
//
// For each request: the operation is looked up in the spec by path template and
// method, the status must be one the operation documents (and the one this test
// expects), x-request-id must be present, and the JSON body must validate
// against the schema documented for that status ($refs resolved by Ajv against
// the whole document). Every run also includes a self-check proving the
// validator rejects a real body with a required field removed.
//
// Needs tests/contract/node_modules: run `npm ci --prefix tests/contract`.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSandbox, stopSandbox } from './sandbox-process.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SPEC_PACKAGE = '@workos/openapi-spec';
const SPEC_VERSION = '0.1.0';
const SEED_HEADER = path.resolve(HERE, '../../src/sandbox/SandboxSeed.h');

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
    const args = { sandbox: null, baseUrl: null, apiKey: 'sk_test_sandbox', seed: 'demo', mutate: false, strictState: false, verbose: false };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        const next = () => {
            if (i + 1 >= argv.length) usage(`missing value after ${a}`);
            return argv[++i];
        };
        if (a === '--sandbox') args.sandbox = next();
        else if (a === '--base-url') args.baseUrl = next().replace(/\/+$/, '');
        else if (a === '--api-key') args.apiKey = next();
        else if (a === '--seed') args.seed = next();
        else if (a === '--mutate') args.mutate = true;
        else if (a === '--strict-state') args.strictState = true;
        else if (a === '--verbose' || a === '-v') args.verbose = true;
        else if (a === '--help' || a === '-h') usage(null);
        else usage(`unknown argument ${a}`);
    }
    if (!args.sandbox === !args.baseUrl) usage('give exactly one of --sandbox PATH or --base-url URL');
    return args;
}

function usage(error) {
    const text = 'usage: node validate-sandbox.mjs (--sandbox PATH | --base-url URL) [--api-key KEY] [--seed demo] [--mutate] [--strict-state] [--verbose]';
    if (error) {
        console.error(`validate-sandbox: ${error}\n${text}`);
        process.exit(2);
    }
    console.log(text);
    process.exit(0);
}

function fatal(message) {
    console.error(`FATAL: ${message}`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    throw new FatalError(message);
}
class FatalError extends Error {}

// ---------------------------------------------------------------- dependencies
async function loadDependencies() {
    const hint = 'run: npm ci --prefix tests/contract';
    for (const dep of ['ajv', 'ajv-formats', 'js-yaml', SPEC_PACKAGE]) {
        if (!existsSync(path.join(HERE, 'node_modules', dep, 'package.json')))
            fatal(`tests/contract/node_modules/${dep} is missing; ${hint}`);
    }
    const specPkg = JSON.parse(readFileSync(path.join(HERE, 'node_modules', SPEC_PACKAGE, 'package.json'), 'utf8'));
    if (specPkg.version !== SPEC_VERSION)
        fatal(`${SPEC_PACKAGE} ${specPkg.version} is installed, the contract is ${SPEC_VERSION}; ${hint}`);
    try {
        const [{ default: Ajv2020 }, { default: addFormats }, { default: yaml }] = await Promise.all([
            import('ajv/dist/2020.js'), import('ajv-formats'), import('js-yaml')]);
        return { Ajv2020, addFormats, yaml };
    } catch (e) {
        fatal(`cannot load the validator (${e.message}); ${hint}`);
    }
}

// ---------------------------------------------------------------- the spec
// Each component schema is registered with Ajv under its own id, and every
// "#/components/schemas/Name[/pointer]" $ref in the document is rewritten to
// point at it, so that the inline response schemas of paths/… compile on their
// own while Ajv resolves (also recursive) $refs between component schemas.
const SCHEMA_BASE = 'https://workos.invalid/open-api-spec/components/schemas/';

function rewriteRefs(node) {
    if (Array.isArray(node)) return node.map(rewriteRefs);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') {
            const m = v.match(/^#\/components\/schemas\/([^/]+)(\/.*)?$/);
            if (!m) fatal(`unsupported $ref in the spec: ${v}`);
            out.$ref = SCHEMA_BASE + m[1] + (m[2] ? '#' + m[2] : '');
        } else if (k === 'required' && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
            // 0.1.0 lists some names twice (OrganizationList: list_metadata), which the
            // 2020-12 meta-schema rejects; the set of required names is the same.
            out.required = [...new Set(v)];
        } else {
            out[k] = rewriteRefs(v);
        }
    }
    return out;
}

class Spec {
    constructor({ Ajv2020, addFormats, yaml }) {
        const file = path.join(HERE, 'node_modules', SPEC_PACKAGE, 'open-api-spec.yaml');
        this.doc = yaml.load(readFileSync(file, 'utf8'));
        if (!/^3\.1\./.test(String(this.doc.openapi)))
            fatal(`expected an OpenAPI 3.1 document, got ${this.doc.openapi}`);
        // OpenAPI 3.1 schemas are JSON Schema 2020-12. Strict mode stays on so a
        // schema keyword Ajv does not understand is an error, not silently ignored;
        // only the annotation-only OpenAPI keywords are declared.
        this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false,
                                 validateFormats: true });
        addFormats(this.ajv);
        const annotations = new Set(['example', 'discriminator', 'xml', 'externalDocs']);
        collectExtensionKeys(this.doc.components, annotations);
        collectExtensionKeys(this.doc.paths, annotations);
        for (const k of annotations) this.ajv.addKeyword({ keyword: k });
        for (const [name, schema] of Object.entries(this.doc.components?.schemas || {}))
            this.ajv.addSchema({ ...rewriteRefs(schema), $id: SCHEMA_BASE + name });
        this.validators = new Map();
        this.templates = Object.keys(this.doc.paths).map((template) => {
            const parts = template.split('/');
            const params = parts.filter((p) => /^\{.+\}$/.test(p)).length;
            const re = new RegExp('^' + parts.map((p) => (/^\{.+\}$/.test(p) ? '[^/]+' : escapeRe(p))).join('/') + '$');
            return { template, re, params };
        });
    }

    // The operation for a concrete path and method: the matching template with
    // the fewest parameters (literal segments win, as in every router).
    operation(concretePath, method) {
        const matches = this.templates.filter((t) => t.re.test(concretePath) && this.doc.paths[t.template][method])
            .sort((a, b) => a.params - b.params);
        if (!matches.length) return null;
        const template = matches[0].template;
        return { template, method, op: this.doc.paths[template][method] };
    }

    // The documented response for a status: exact code, then "4XX", then "default".
    response(operation, status) {
        const responses = operation.op.responses || {};
        for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
            if (responses[key]) {
                let r = responses[key];
                let pointer = `/paths/${escapePointer(operation.template)}/${operation.method}/responses/${key}`;
                if (r.$ref) { // a shared response object (#/components/responses/...)
                    pointer = r.$ref.replace(/^#/, '');
                    r = resolvePointer(this.doc, pointer);
                }
                return { key, response: r, pointer };
            }
        }
        return null;
    }

    validator(pointer) {
        if (!this.validators.has(pointer)) {
            const schema = resolvePointer(this.doc, pointer);
            if (!schema || typeof schema !== 'object') fatal(`no schema at #${pointer}`);
            this.validators.set(pointer, this.ajv.compile(rewriteRefs(schema)));
        }
        return this.validators.get(pointer);
    }

    documentedStatuses(operation) {
        return Object.keys(operation.op.responses || {});
    }
}

function collectExtensionKeys(node, out) {
    if (Array.isArray(node)) return node.forEach((n) => collectExtensionKeys(n, out));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('x-')) out.add(k);
        collectExtensionKeys(v, out);
    }
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapePointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
function resolvePointer(doc, pointer) {
    return pointer.split('/').slice(1).reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function formatErrors(errors, max = Infinity) {
    const all = errors || [];
    const lines = all.slice(0, max).map((e) => {
        let detail = e.message;
        if (e.keyword === 'required') detail = `must have required property '${e.params.missingProperty}'`;
        else if (e.keyword === 'enum') detail = `${e.message} ${JSON.stringify(e.params.allowedValues)}`;
        else if (e.keyword === 'const') detail = `${e.message} ${JSON.stringify(e.params.allowedValue)}`;
        return `${e.instancePath || '/'} ${detail} [${e.schemaPath.replace(SCHEMA_BASE, '#/components/schemas/')}]`;
    });
    if (all.length > max) lines.push(`... and ${all.length - max} more`);
    return lines;
}

// ---------------------------------------------------------------- seed constants
// The well-known objects of the demo seed, read from the sandbox's own header so
// the test and the seed cannot drift apart.
function loadSeed() {
    if (!existsSync(SEED_HEADER)) fatal(`seed header not found: ${SEED_HEADER}`);
    const text = readFileSync(SEED_HEADER, 'utf8');
    const seed = {};
    for (const m of text.matchAll(/constexpr\s+QLatin1String\s+(\w+)\s*\(\s*"([^"]*)"\s*\)/g)) seed[m[1]] = m[2];
    for (const m of text.matchAll(/constexpr\s+int\s+(\w+)\s*=\s*(\d+)\s*;/g)) seed[m[1]] = Number(m[2]);
    const needed = ['AliceUserId', 'BobUserId', 'DaveUserId', 'AcmeOrgId', 'GlobexOrgId', 'MissingUserId',
                    'GithubSlug', 'NotionSlug', 'LinearSlug', 'SalesforceSlug', 'UnknownAccountState'];
    const missing = needed.filter((k) => !(k in seed));
    if (missing.length) fatal(`SandboxSeed.h lacks ${missing.join(', ')}`);
    return seed;
}

// ---------------------------------------------------------------- checks
class Runner {
    constructor(spec, baseUrl, apiKey, opts) {
        this.spec = spec;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.mutate = opts.mutate;
        this.strictState = opts.strictState;
        this.verbose = opts.verbose;
        this.passed = 0;
        this.failed = 0;
        this.failures = [];
        this.schemasSeen = new Set();
    }

    record(ok, label, details = []) {
        if (ok) ++this.passed; else { ++this.failed; this.failures.push(label); }
        console.log(`${ok ? 'PASS' : 'FAIL'} ${label}`);
        if (!ok || this.verbose) for (const d of details) console.log(`    ${d}`);
    }

    // One HTTP exchange checked against the spec. expect: the status this test
    // expects (a number), or an array of acceptable ones, or 'documented' (any
    // status the operation documents). Returns the parsed body (or null).
    async check(label, { method = 'get', path: p, query = {}, body, auth = 'good' }, expect, opts = {}) {
        const url = new URL(this.baseUrl + p);
        for (const [k, v] of Object.entries(query)) {
            if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x)); else url.searchParams.set(k, v);
        }
        const headers = { Accept: 'application/json' };
        if (auth === 'good') headers.Authorization = `Bearer ${this.apiKey}`;
        else if (auth === 'bad') headers.Authorization = 'Bearer sk_test_not_the_sandbox_key';
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        const line = `${method.toUpperCase()} ${url.pathname}${url.search} ${label}`;

        let res, text;
        try {
            res = await fetch(url, { method: method.toUpperCase(), headers, body: body === undefined ? undefined : JSON.stringify(body),
                                     signal: AbortSignal.timeout(10000) });
            text = await res.text();
        } catch (e) {
            this.record(false, `${line}: request failed: ${e.cause?.message || e.message}`);
            return null;
        }
        const problems = [];
        const notes = [];
        const deviations = [];
        const operation = this.spec.operation(url.pathname, method);
        if (!operation) {
            this.record(false, `${line} -> ${res.status}: no operation ${method.toUpperCase()} ${url.pathname} in the spec`);
            return null;
        }
        const expected = expect === 'documented' ? null : [].concat(expect);
        if (expected && !expected.includes(res.status))
            problems.push(`status ${res.status}, expected ${expected.join(' or ')} (body: ${text.slice(0, 200)})`);
        const documented = this.spec.response(operation, res.status);
        if (!documented)
            problems.push(`status ${res.status} is not documented for ${method.toUpperCase()} ${operation.template} ` +
                          `(documented: ${this.spec.documentedStatuses(operation).join(', ')})`);
        const requestId = res.headers.get('x-request-id');
        if (!requestId) problems.push('x-request-id header missing');

        let json = null;
        const jsonBody = /^application\/json\b/i.test(res.headers.get('content-type') || '');
        if (jsonBody && text.length) {
            try { json = JSON.parse(text); } catch (e) { problems.push(`body is not JSON: ${e.message}`); }
        }
        if (documented) {
            const schema = documented.response.content?.['application/json']?.schema;
            if (schema) {
                const pointer = `${documented.pointer}/content/application~1json/schema`;
                const schemaName = schema.$ref ? schema.$ref.split('/').pop() : `inline ${documented.key} schema`;
                this.schemasSeen.add(`${method.toUpperCase()} ${operation.template} ${documented.key}: ${schemaName}`);
                if (!jsonBody) problems.push(`Content-Type is ${res.headers.get('content-type')}, the spec documents application/json`);
                else if (json !== null || text.length === 0) {
                    let candidate = json;
                    if (opts.offSpecState && json && !this.strictState) {
                        const sub = substituteState(json, opts.offSpecState);
                        if (sub.paths.length) {
                            candidate = sub.copy;
                            deviations.push(...sub.paths);
                        }
                    }
                    if (this.mutate && candidate) {
                        candidate = mutateBody(candidate);
                        notes.push('--mutate: validated a copy with required fields removed');
                    }
                    const validate = this.spec.validator(pointer);
                    if (!validate(candidate))
                        problems.push(`body does not match ${schemaName}:`, ...formatErrors(validate.errors, 15).map((e) => `  ${e}`));
                }
                notes.push(`schema ${schemaName}`);
            } else if (documented.key === '204' || res.status === 204) {
                if (text.length) problems.push(`204 must have an empty body, got ${JSON.stringify(text.slice(0, 200))}`);
            } else {
                notes.push(`the spec documents no body for ${documented.key}: body not validated`);
            }
        }
        notes.push(`x-request-id ${requestId}`);
        const ok = problems.length === 0;
        const dev = deviations.length
            ? ` [seed's deliberate off-spec state "${opts.offSpecState}" at ${deviations.join(', ')}: validated with a spec value in its place]`
            : '';
        this.record(ok, `${line} -> ${res.status}${ok ? ` (${notes[0]})` : ''}${dev}`, ok ? notes : problems);
        return { status: res.status, json, ok, deviation: deviations.length > 0 };
    }
}

// The demo seed deliberately holds an account in a state outside the spec's
// enum (SandboxSeed::UnknownAccountState) so the app's unknown-state handling can
// be exercised. For that exact value, in a connected_account object's `state`,
// the body is validated with "connected" in its place: everything else in it is
// still validated, and each substitution is printed. Any other off-spec state fails.
function substituteState(json, offSpecState) {
    const copy = structuredClone(json);
    const paths = [];
    const walk = (o, at) => {
        if (!o || typeof o !== 'object') return;
        if (!Array.isArray(o) && o.object === 'connected_account' && o.state === offSpecState) {
            o.state = 'connected';
            paths.push(`${at}/state`);
        }
        for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
    };
    walk(copy, '');
    return { copy, paths };
}

// --mutate: a copy of a real body with one required field removed from each
// object the contract cares about.
function mutateBody(json) {
    const copy = structuredClone(json);
    const strip = (o) => {
        if (!o || typeof o !== 'object') return;
        if (o.object === 'data_provider') delete o.slug;
        if (o.object === 'connected_account') delete o.state;
        if (o.object === 'user') delete o.email;
        if (o.object === 'organization') delete o.name;
        if (o.object === 'organization_membership') delete o.status;
        if (o.object === 'list' && !Array.isArray(o.data)) delete o.data;
        if ('url' in o && Object.keys(o).length <= 2) delete o.url;
        if ('message' in o && !o.object) delete o.message;
        for (const v of Object.values(o)) strip(v);
    };
    strip(copy);
    return copy;
}

// ---------------------------------------------------------------- the scenario
async function run(r, seed, args) {
    const S = seed;
    const users = [];

    // Users: every page, default limit, then small pages, both orders.
    let after = null;
    const seenIds = new Set();
    for (let page = 1; page <= 50; ++page) {
        const q = { limit: '10' };
        if (after) q.after = after;
        const res = await r.check(`users page ${page}`, { path: '/user_management/users', query: q }, 200);
        if (!res?.json) break;
        for (const u of res.json.data || []) { if (!seenIds.has(u.id)) users.push(u); seenIds.add(u.id); }
        const next = res.json.list_metadata?.after ?? null;
        if (!next) break;
        if (next === after) { r.record(false, `users paging: after cursor ${next} does not advance`); break; }
        after = next;
    }
    if (typeof S.DemoUserCount === 'number')
        r.record(users.length === S.DemoUserCount, `users paging with after: ${users.length} distinct users, seed has ${S.DemoUserCount}`);
    await r.check('ascending, limit 3', { path: '/user_management/users', query: { order: 'asc', limit: '3' } }, 200);
    await r.check('by email', { path: '/user_management/users', query: { email: S.AliceEmail || 'alice@acme.com' } }, 200);
    await r.check('by organization', { path: '/user_management/users', query: { organization_id: S.AcmeOrgId } }, 200);
    await r.check('by organization, page 2', { path: '/user_management/users', query: { organization_id: S.AcmeOrgId, limit: '10', after: users.find((u) => u.id)?.id || '' } }, 200);
    await r.check('no match', { path: '/user_management/users', query: { email: 'nobody@nowhere.invalid' } }, 200);
    await r.check('before cursor', { path: '/user_management/users', query: { before: users[users.length - 1]?.id || S.FrankUserId, limit: '5' } }, 200);
    await r.check('limit out of range (0)', { path: '/user_management/users', query: { limit: '0' } }, 422);
    await r.check('limit out of range (101)', { path: '/user_management/users', query: { limit: '101' } }, 422);
    await r.check('unknown order', { path: '/user_management/users', query: { order: 'sideways' } }, 422);
    await r.check('unknown organization filter', { path: '/user_management/users', query: { organization_id: 'org_01H0000000ZZZZZZZZZZZZZZZZ' } }, 'documented');

    // Organizations: list (paged), each one, unknown one.
    const orgs = [];
    after = null;
    for (let page = 1; page <= 20; ++page) {
        const q = { limit: '2' };
        if (after) q.after = after;
        const res = await r.check(`organizations page ${page}`, { path: '/organizations', query: q }, 200);
        if (!res?.json) break;
        orgs.push(...(res.json.data || []));
        const next = res.json.list_metadata?.after ?? null;
        if (!next || next === after) break;
        after = next;
    }
    await r.check('default page', { path: '/organizations' }, 200);
    await r.check('search', { path: '/organizations', query: { search: 'Acme' } }, 200);
    await r.check('domains filter', { path: '/organizations', query: { domains: 'acme.com' } }, 200);
    await r.check('limit out of range', { path: '/organizations', query: { limit: '1000' } }, 422);
    for (const o of orgs) await r.check('organization', { path: `/organizations/${encodeURIComponent(o.id)}` }, 200);
    await r.check('unknown organization', { path: '/organizations/org_01H0000000ZZZZZZZZZZZZZZZZ' }, 404);

    // Memberships by organization (Acme has more than a page) and by user.
    after = null;
    for (let page = 1; page <= 20; ++page) {
        const q = { organization_id: S.AcmeOrgId, limit: '10' };
        if (after) q.after = after;
        const res = await r.check(`Acme memberships page ${page}`, { path: '/user_management/organization_memberships', query: q }, 200);
        const next = res?.json?.list_metadata?.after ?? null;
        if (!next || next === after) break;
        after = next;
    }
    await r.check('statuses filter', { path: '/user_management/organization_memberships', query: { organization_id: S.AcmeOrgId, statuses: 'active,pending' } }, 200);
    await r.check('unknown status', { path: '/user_management/organization_memberships', query: { user_id: S.AliceUserId, statuses: 'bogus' } }, 'documented');
    await r.check('neither user_id nor organization_id', { path: '/user_management/organization_memberships' }, 'documented');
    await r.check('limit out of range', { path: '/user_management/organization_memberships', query: { user_id: S.AliceUserId, limit: '0' } }, 'documented');
    await r.check('unknown user', { path: '/user_management/organization_memberships', query: { user_id: S.MissingUserId } }, 'documented');

    // Every user: the user, their memberships, their providers with and without
    // each of their organizations, and each connected account found that way.
    let connected = 0, unconnected = 0, deviations = 0;
    let aliceProviders = null;
    for (const u of users) {
        const uid = encodeURIComponent(u.id);
        await r.check('user', { path: `/user_management/users/${uid}` }, 200);
        const ms = await r.check('memberships of user', { path: '/user_management/organization_memberships', query: { user_id: u.id } }, 200);
        const orgIds = [null, ...new Set((ms?.json?.data || []).map((m) => m.organization_id))];
        for (const orgId of orgIds) {
            const q = orgId ? { organization_id: orgId } : {};
            const dp = await checkProviders(r, S, u.id, q);
            if (!dp) continue;
            if (u.id === S.AliceUserId && !orgId) aliceProviders = dp.json;
            if (dp.deviation) ++deviations;
            for (const p of dp.json?.data || []) {
                if (!p || typeof p !== 'object') continue;
                if (p.connected_account === null) { ++unconnected; continue; }
                ++connected;
                const ca = await r.check(`connected account (${p.connected_account?.state})`,
                    { path: `/user_management/users/${uid}/connected_accounts/${encodeURIComponent(p.slug)}`, query: q }, 200,
                    { offSpecState: S.UnknownAccountState });
                if (ca?.deviation) ++deviations;
            }
        }
    }
    r.record(connected > 0 && unconnected > 0, `coverage: ${connected} providers with a connected account, ${unconnected} with connected_account null`);

    // Pipes errors and writes, on well-known seed objects.
    const alice = encodeURIComponent(S.AliceUserId);
    const missing = encodeURIComponent(S.MissingUserId);
    await r.check('unknown user', { path: `/user_management/users/${missing}` }, 404);
    await r.check('providers of unknown user', { path: `/user_management/users/${missing}/data_providers` }, 404);
    await r.check('providers, unknown organization', { path: `/user_management/users/${alice}/data_providers`, query: { organization_id: 'org_01H0000000ZZZZZZZZZZZZZZZZ' } }, 404);
    await r.check('not connected', { path: `/user_management/users/${alice}/connected_accounts/${S.NotionSlug}` }, 404);
    await r.check('unknown provider', { path: `/user_management/users/${alice}/connected_accounts/no-such-provider` }, 404);
    await r.check('unknown user', { path: `/user_management/users/${missing}/connected_accounts/${S.GithubSlug}` }, 404);
    await r.check('organization-owned without organization_id', { path: `/user_management/users/${alice}/connected_accounts/${S.SalesforceSlug}` }, 404);
    await r.check('Bob sees Acme\'s shared account', { path: `/user_management/users/${encodeURIComponent(S.BobUserId)}/connected_accounts/${S.SalesforceSlug}`, query: { organization_id: S.AcmeOrgId } }, 200);

    for (const [what, auth] of [['wrong key', 'bad'], ['no key', 'none']]) {
        await r.check(`401 ${what}`, { path: `/user_management/users/${alice}/data_providers`, auth }, 401);
        await r.check(`401 ${what}`, { path: `/user_management/users/${alice}/connected_accounts/${S.GithubSlug}`, auth }, 401);
        await r.check(`401 ${what}`, { method: 'delete', path: `/user_management/users/${alice}/connected_accounts/${S.GithubSlug}`, auth }, 401);
        await r.check(`401 ${what}`, { method: 'post', path: `/data-integrations/${S.GithubSlug}/authorize`, body: { user_id: S.AliceUserId }, auth }, 401);
    }

    await r.check('authorize', { method: 'post', path: `/data-integrations/${S.GithubSlug}/authorize`, body: { user_id: S.AliceUserId } }, 200);
    await r.check('authorize with organization and return_to', { method: 'post', path: `/data-integrations/${S.LinearSlug}/authorize`,
        body: { user_id: S.AliceUserId, organization_id: S.GlobexOrgId, return_to: 'https://example.com/callback' } }, 200);
    await r.check('authorize unknown provider', { method: 'post', path: '/data-integrations/no-such-provider/authorize', body: { user_id: S.AliceUserId } }, 404);
    await r.check('authorize unknown user', { method: 'post', path: `/data-integrations/${S.GithubSlug}/authorize`, body: { user_id: S.MissingUserId } }, 404);
    await r.check('authorize without user_id', { method: 'post', path: `/data-integrations/${S.GithubSlug}/authorize`, body: {} }, 'documented');
    await r.check('authorize with an invalid return_to', { method: 'post', path: `/data-integrations/${S.GithubSlug}/authorize`,
        body: { user_id: S.AliceUserId, return_to: 'not a url' } }, 'documented');
    await r.check('authorize organization-owned provider without organization_id', { method: 'post',
        path: `/data-integrations/${S.SalesforceSlug}/authorize`, body: { user_id: S.AliceUserId } }, 'documented');

    await r.check('disconnect', { method: 'delete', path: `/user_management/users/${alice}/connected_accounts/${S.GithubSlug}` }, 204);
    await r.check('after disconnect', { path: `/user_management/users/${alice}/connected_accounts/${S.GithubSlug}` }, 404);
    await r.check('disconnect again', { method: 'delete', path: `/user_management/users/${alice}/connected_accounts/${S.GithubSlug}` }, 404);
    await r.check('disconnect scoped to organization', { method: 'delete', path: `/user_management/users/${alice}/connected_accounts/${S.LinearSlug}`, query: { organization_id: S.GlobexOrgId } }, 204);
    await r.check('disconnect unknown user', { method: 'delete', path: `/user_management/users/${missing}/connected_accounts/${S.GithubSlug}` }, 404);
    await checkProviders(r, S, S.AliceUserId, {}, 'after disconnect');

    // Self-check: the validator must reject a real body with a required field removed.
    selfCheck(r, aliceProviders);

    if (deviations)
        console.log(`note: ${deviations} response(s) carry the seed's deliberate off-spec state ` +
                    `"${S.UnknownAccountState}" (SandboxSeed::UnknownAccountState); every other part of them was validated`);
}

async function checkProviders(r, S, userId, query, extra = '') {
    const uid = encodeURIComponent(userId);
    const label = `providers${query.organization_id ? ' in organization' : ''}${extra ? ' ' + extra : ''}`;
    return r.check(label, { path: `/user_management/users/${uid}/data_providers`, query }, 200,
                   { offSpecState: S.UnknownAccountState });
}

function selfCheck(r, body) {
    const op = r.spec.operation('/user_management/users/x/data_providers', 'get');
    const doc = r.spec.response(op, 200);
    const validate = r.spec.validator(`${doc.pointer}/content/application~1json/schema`);
    if (!body || !Array.isArray(body.data)) {
        r.record(false, 'self-check: no real data_providers body to mutate');
        return;
    }
    const index = body.data.findIndex((p) => p && p.connected_account);
    if (index < 0) {
        r.record(false, 'self-check: the real data_providers body has no connected account to mutate');
        return;
    }
    const cases = [
        [`data[${index}].slug removed`, (b) => delete b.data[index].slug, `/data/${index}`, 'slug'],
        [`data[${index}].connected_account.state removed`, (b) => delete b.data[index].connected_account.state, `/data/${index}/connected_account`, 'state'],
        [`data[${index}].connected_account.scopes set to a string`, (b) => { b.data[index].connected_account.scopes = 'repo'; }, `/data/${index}/connected_account/scopes`, null],
    ];
    for (const [what, mutate, instancePath, missingProperty] of cases) {
        const copy = structuredClone(body);
        mutate(copy);
        const valid = validate(copy);
        const errors = validate.errors || [];
        const caught = !valid && errors.some((e) => e.instancePath === instancePath &&
            (missingProperty ? e.params?.missingProperty === missingProperty : true));
        r.record(caught, `self-check: validator rejects a real data_providers body with ${what}`,
                 valid ? ['validator accepted the mutated body'] : formatErrors(errors));
    }
}

// ---------------------------------------------------------------- main
async function main() {
    const args = parseArgs(process.argv.slice(2));
    const deps = await loadDependencies();
    const spec = new Spec(deps);
    const seed = loadSeed();
    let child = null;
    let baseUrl = args.baseUrl;
    const cleanup = () => { if (child && child.exitCode === null) child.kill('SIGKILL'); };
    process.on('exit', cleanup);
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup(); process.exit(130); });
    if (args.sandbox) {
        try {
            ({ baseUrl, child } = await startSandbox(path.resolve(args.sandbox), args.apiKey, args.seed));
        } catch (error) {
            fatal(error.message);
        }
    }
    const r = new Runner(spec, baseUrl, args.apiKey, args);
    try {
        await run(r, seed, args);
    } finally {
        await stopSandbox(child);
    }
    if (child && child.exitCode !== 0 && child.exitCode !== null && child.signalCode !== 'SIGTERM')
        r.record(false, `sandbox exited with ${child.exitCode} on SIGTERM`);
    if (args.verbose) for (const s of [...r.schemasSeen].sort()) console.log(`covered: ${s}`);
    if (r.failed) {
        console.log(`\nfailed checks:`);
        for (const f of r.failures) console.log(`  ${f}`);
    }
    console.log(`${r.passed} passed, ${r.failed} failed`);
    process.exitCode = r.failed ? 1 : 0;
}

main().catch((e) => {
    if (!(e instanceof FatalError)) {
        console.error(`FATAL: ${e.stack || e}`);
        console.log('0 passed, 1 failed');
    }
    process.exitCode = 1;
});
