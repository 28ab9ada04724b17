#!/usr/bin/env node
// Contract test, the other way round: the official WorkOS Node SDK
// (@workos-inc/node 12.3.0, pinned in package.json / package-lock.json) drives
// every Pipes method Pipes Admin uses against pipes-sandbox, and the values the
// SDK deserializes are asserted: several connections for one provider, shared
// (organization-owned) connections, state reasons, 409 account_selection_required
// on ambiguity, connection intents and owners on authorize.
//
//   node sdk-sandbox.mjs --sandbox path/to/pipes-sandbox   (starts it on free loopback ports)
//
// Needs tests/contract/node_modules: run `npm ci --prefix tests/contract`.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSandbox, stopSandbox } from './sandbox-process.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SDK = '@workos-inc/node';
const SDK_VERSION = '12.3.0';
const API_KEY = 'sk_test_sandbox';

function fail(message) {
    console.error(`FATAL: ${message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
}

// The demo seed's well-known ids, from the sandbox's own header.
function loadSeed() {
    const text = readFileSync(path.resolve(HERE, '../../src/sandbox/SandboxSeed.h'), 'utf8');
    const seed = {};
    for (const m of text.matchAll(/constexpr\s+QLatin1String\s+(\w+)\s*\(\s*"([^"]*)"\s*\)/g)) seed[m[1]] = m[2];
    const needed = ['AliceUserId', 'BobUserId', 'CarolUserId', 'AcmeOrgId', 'GlobexOrgId', 'AliceGithubAccountId',
                    'AliceGithubWorkAccountId', 'AliceGithubContractorAccountId', 'AliceHubspotWorkAccountId',
                    'AcmeSalesforceAccountId', 'AcmeSalesforceSandboxAccountId', 'GlobexSalesforceAccountId',
                    'EstablishingMemberLeft', 'GithubSlug', 'HubspotSlug', 'SalesforceSlug', 'ZendeskSlug',
                    'AliceSlackAccountId', 'SlackSlug', 'NotionSlug', 'LinearSlug'];
    const missing = needed.filter((k) => !(k in seed));
    if (missing.length) fail(`SandboxSeed.h lacks ${missing.join(', ')}`);
    return seed;
}

async function loadSdk() {
    const pkg = path.join(HERE, 'node_modules', SDK, 'package.json');
    if (!existsSync(pkg)) fail(`tests/contract/node_modules/${SDK} is missing; run: npm ci --prefix tests/contract`);
    const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
    if (version !== SDK_VERSION) fail(`${SDK} ${version} is installed, the contract is ${SDK_VERSION}; run: npm ci --prefix tests/contract`);
    return import(SDK);
}

let passed = 0;
const failures = [];
async function check(label, body) {
    try {
        await body();
        ++passed;
        console.log(`PASS ${label}`);
    } catch (e) {
        failures.push(label);
        console.log(`FAIL ${label}\n    ${String(e.stack || e).split('\n').slice(0, 6).join('\n    ')}`);
    }
}

const bySlug = (list, slug) => {
    const row = list.data.find((p) => p.slug === slug);
    assert.ok(row, `no provider ${slug} in the list`);
    return row;
};
const byId = (accounts, id) => {
    const account = accounts.find((a) => a.id === id);
    assert.ok(account, `no connection ${id} in ${accounts.map((a) => a.id).join(', ')}`);
    return account;
};

async function rejects(promise, exceptionName, status, code) {
    await assert.rejects(promise, (e) => {
        assert.equal(e.name, exceptionName, `${e.name}: ${e.message}`);
        assert.equal(e.status, status);
        if (code !== undefined) assert.equal(e.code, code);
        return true;
    });
}

// What the end user's browser does with a connect link (no API key).
async function openLink(url) {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
    await res.text();
    return res.status;
}

async function control(baseUrl, method, route) {
    const res = await fetch(`${baseUrl}${route}`, { method, headers: { Authorization: `Bearer ${API_KEY}` } });
    return res.status === 204 ? null : res.json();
}

function client(WorkOS, baseUrl) {
    const url = new URL(baseUrl);
    return new WorkOS(API_KEY, { apiHostname: url.hostname, port: Number(url.port), https: false, maxRetries: 0 });
}

async function reads(pipes, S) {
    await check('listUserDataProviders with supportsMultipleConnections: every connection of one provider', async () => {
        const list = await pipes.listUserDataProviders({ userId: S.AliceUserId, supportsMultipleConnections: true });
        assert.equal(list.object, 'list');
        const github = bySlug(list, S.GithubSlug);
        assert.equal(github.connectionOwner, 'user');
        assert.equal(github.ownership, 'userland_user');
        assert.deepEqual(github.authMethods, ['oauth']);
        assert.equal(github.connectedAccount.id, S.AliceGithubAccountId);
        assert.deepEqual(github.connectedAccounts.map((a) => a.id),
                         [S.AliceGithubAccountId, S.AliceGithubWorkAccountId, S.AliceGithubContractorAccountId]);
        assert.deepEqual(github.connectedAccounts.map((a) => a.connectionRole), ['compatibility', 'standard', 'standard']);
        assert.deepEqual(github.connectedAccounts.map((a) => a.accountDisplayName), ['Personal', 'Work', 'Contractor']);
        const contractor = byId(github.connectedAccounts, S.AliceGithubContractorAccountId);
        assert.equal(contractor.state, 'needs_reauthorization');
        assert.equal(contractor.accountIdentifier, 'alice-contract');
        assert.equal(contractor.authMethod, 'oauth');
        assert.equal(contractor.userId, S.AliceUserId);
        assert.equal(contractor.userlandUserId, S.AliceUserId);
        assert.equal(contractor.establishedByUserId, S.AliceUserId);
        assert.equal(contractor.stateReason, null);
        assert.deepEqual(contractor.scopes, ['repo']);
        assert.ok(contractor.createdAt instanceof Date && !Number.isNaN(contractor.createdAt.getTime()));
        const hubspot = bySlug(list, S.HubspotSlug);
        assert.equal(hubspot.connectedAccount, null); // the compatibility slot is empty ...
        assert.deepEqual(hubspot.connectedAccounts.map((a) => [a.id, a.connectionRole, a.state]),
                         [[S.AliceHubspotWorkAccountId, 'standard', 'connected']]); // ... yet a connection is live
    });

    await check('listUserDataProviders without the flag (and with false): only the compatibility connection', async () => {
        for (const options of [{ userId: S.AliceUserId }, { userId: S.AliceUserId, supportsMultipleConnections: false }]) {
            const list = await pipes.listUserDataProviders(options);
            assert.deepEqual(bySlug(list, S.GithubSlug).connectedAccounts.map((a) => a.id), [S.AliceGithubAccountId]);
            assert.deepEqual(bySlug(list, S.HubspotSlug).connectedAccounts, []);
        }
    });

    await check('listUserDataProviders in an organization: shared connections, client credentials', async () => {
        const list = await pipes.listUserDataProviders({ userId: S.AliceUserId, organizationId: S.AcmeOrgId,
                                                         supportsMultipleConnections: true });
        const salesforce = bySlug(list, S.SalesforceSlug);
        assert.equal(salesforce.connectionOwner, 'organization');
        assert.deepEqual(salesforce.authMethods, ['oauth', 'client_credentials']);
        assert.deepEqual(salesforce.connectedAccounts.map((a) => a.accountDisplayName), ['Production', 'Sandbox']);
        const sandbox = byId(salesforce.connectedAccounts, S.AcmeSalesforceSandboxAccountId);
        assert.equal(sandbox.userId, null);
        assert.equal(sandbox.organizationId, S.AcmeOrgId);
        assert.equal(sandbox.authMethod, 'client_credentials');
        assert.equal(sandbox.clientId, '3MVG9acmeSandboxClient');
        assert.equal(sandbox.clientSecretLast4, 'x7Q2');
        assert.deepEqual(sandbox.config, { instance_url: 'https://acme--sandbox.my.salesforce.com' });
        assert.equal(sandbox.establishedByUserId, S.BobUserId);
        assert.equal(byId(salesforce.connectedAccounts, S.AcmeSalesforceAccountId).establishedByUserId, S.AliceUserId);
    });

    await check('listOrganizationDataProviders: organization-owned rows, the establishing member left', async () => {
        const list = await pipes.listOrganizationDataProviders({ organizationId: S.GlobexOrgId, supportsMultipleConnections: true });
        assert.deepEqual(list.data.map((p) => p.slug), [S.SalesforceSlug, S.ZendeskSlug]);
        const orphan = bySlug(list, S.SalesforceSlug).connectedAccount;
        assert.equal(orphan.id, S.GlobexSalesforceAccountId);
        assert.equal(orphan.state, 'needs_reauthorization');
        assert.equal(orphan.stateReason, S.EstablishingMemberLeft);
        assert.equal(orphan.establishedByUserId, null);
        assert.equal(orphan.userId, null);
        assert.equal(bySlug(list, S.ZendeskSlug).connectedAccount, null);
        const acme = await pipes.listOrganizationDataProviders({ organizationId: S.AcmeOrgId, supportsMultipleConnections: true });
        assert.equal(bySlug(acme, S.SalesforceSlug).connectedAccounts.length, 2);
    });

    await check('getUserConnectedAccount: compatibility, by id, 409 account_selection_required, 404 on an empty slot', async () => {
        const compatibility = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug });
        assert.equal(compatibility.id, S.AliceGithubAccountId);
        assert.equal(compatibility.connectionRole, 'compatibility');
        await rejects(pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug, supportsMultipleConnections: true }),
                      'ConflictException', 409, 'account_selection_required');
        const work = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug,
                                                           supportsMultipleConnections: true, connectedAccountId: S.AliceGithubWorkAccountId });
        assert.equal(work.id, S.AliceGithubWorkAccountId);
        assert.equal(work.accountDisplayName, 'Work');
        await rejects(pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.HubspotSlug }), 'NotFoundException', 404);
        const only = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.HubspotSlug, supportsMultipleConnections: true });
        assert.equal(only.id, S.AliceHubspotWorkAccountId);
    });

    await check('getOrganizationConnectedAccount: 409 on ambiguity, by id', async () => {
        await rejects(pipes.getOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.SalesforceSlug,
                                                             supportsMultipleConnections: true }),
                      'ConflictException', 409, 'account_selection_required');
        const sandbox = await pipes.getOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.SalesforceSlug,
                                                                      supportsMultipleConnections: true,
                                                                      connectedAccountId: S.AcmeSalesforceSandboxAccountId });
        assert.equal(sandbox.authMethod, 'client_credentials');
        assert.equal(sandbox.connectionRole, 'standard');
        await rejects(pipes.getOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.GithubSlug }), 'NotFoundException', 404);
    });
}

const PIPES_EVENTS = ['connected', 'disconnected', 'reauthorization_needed', 'connection_failed']
    .flatMap((a) => [`pipes.connected_account.${a}`, `pipes.account_connection.${a}`])
    .concat(['pipes.account_connection.add_failed']);

// What a diagnosis reads: Events.listEvents page by page, Pipes.getAccessToken (issue 16).
async function diagnosis(workos, S) {
    await check('events.listEvents: every Pipes event page by page through listMetadata.after', async () => {
        const seen = [];
        let after;
        let pages = 0;
        do {
            const page = await workos.events.listEvents({ events: PIPES_EVENTS, limit: 4, after });
            assert.equal(page.object, 'list');
            assert.ok(page.data.length <= 4);
            seen.push(...page.data);
            after = page.listMetadata.after ?? undefined;
            ++pages;
        } while (after && pages < 50);
        assert.ok(pages >= 4, `${pages} pages`);
        assert.equal(new Set(seen.map((e) => e.id)).size, seen.length, 'no event twice');
        const slack = seen.find((e) => e.event === 'pipes.account_connection.connection_failed' && e.data.providerSlug === S.SlackSlug);
        assert.ok(slack, 'the seeded Slack failure');
        assert.equal(slack.data.object, 'connection_failed');
        assert.equal(slack.data.userId, S.AliceUserId);
        assert.equal(slack.data.providerError, 'access_denied');
        assert.equal(slack.data.providerErrorDescription, 'The user did not grant the scope chat:write.');
        assert.equal(slack.data.errorCode, 'authorization_code_exchange_error');
        assert.ok(slack.createdAt instanceof Date && !Number.isNaN(slack.createdAt.getTime()));
        const reauth = seen.find((e) => e.event === 'pipes.account_connection.reauthorization_needed' && e.data.id === S.AliceSlackAccountId);
        assert.ok(reauth, 'the Slack reauthorization_needed event');
        assert.equal(reauth.data.state, 'needs_reauthorization');
        assert.equal(reauth.data.connectionRole, 'compatibility');
        assert.ok(seen.some((e) => e.event === 'pipes.account_connection.add_failed'));
    });

    await check('events.listEvents: organizationId narrows, range_start reaches back, 422 without events', async () => {
        const globex = await workos.events.listEvents({ events: PIPES_EVENTS, organizationId: S.GlobexOrgId, limit: 100 });
        assert.ok(globex.data.length > 0);
        for (const e of globex.data) assert.equal(e.data.organizationId, S.GlobexOrgId);
        const old = await workos.events.listEvents({ events: PIPES_EVENTS, organizationId: S.GlobexOrgId, limit: 100,
                                                     rangeStart: new Date(Date.now() - 45 * 86400000).toISOString() });
        assert.ok(old.data.length > globex.data.length, 'the 40-day-old connect is outside the default 30 days');
        await rejects(workos.events.listEvents(), 'UnprocessableEntityException', 422);
    });

    await check('pipes.getAccessToken: active with missing scopes, needs_reauthorization, not_installed, 409, 422', async () => {
        const pipes = workos.pipes;
        const carol = await pipes.getAccessToken({ provider: S.GithubSlug, userId: S.CarolUserId });
        assert.equal(carol.active, true);
        assert.match(carol.accessToken.accessToken, /^sbx_at_[0-9a-f]{32}$/);
        assert.deepEqual(carol.accessToken.missingScopes, ['read:org']);
        assert.ok(carol.accessToken.expiresAt instanceof Date && carol.accessToken.expiresAt > new Date());
        assert.deepEqual(await pipes.getAccessToken({ provider: S.SlackSlug, userId: S.AliceUserId }),
                         { active: false, error: 'needs_reauthorization' });
        assert.deepEqual(await pipes.getAccessToken({ provider: S.NotionSlug, userId: S.AliceUserId }),
                         { active: false, error: 'not_installed' });
        await rejects(pipes.getAccessToken({ provider: S.GithubSlug, userId: S.AliceUserId, supportsMultipleConnections: true }),
                      'ConflictException', 409, 'account_selection_required');
        const contractor = await pipes.getAccessToken({ provider: S.GithubSlug, userId: S.AliceUserId, supportsMultipleConnections: true,
                                                        connectedAccountId: S.AliceGithubContractorAccountId });
        assert.deepEqual(contractor, { active: false, error: 'needs_reauthorization' });
        await rejects(pipes.getAccessToken({ provider: S.LinearSlug, userId: S.AliceUserId, organizationId: S.GlobexOrgId }),
                      'UnprocessableEntityException', 422);
    });
}

async function writes(pipes, S, baseUrl) {
    await check('authorizeDataIntegration connectionIntent add: a completed link creates another connection', async () => {
        const link = await pipes.authorizeDataIntegration({ slug: S.GithubSlug, userId: S.AliceUserId,
                                                            connectionIntent: 'add', accountDisplayName: 'Laptop' });
        assert.match(link.url, /^http:\/\/127\.0\.0\.1:\d+\/_sandbox\/connect\//);
        assert.equal(link.state, '');
        assert.equal(link.completion, undefined); // no code_challenge: nothing to finish
        assert.equal(await openLink(link.url), 200);
        const list = await pipes.listUserDataProviders({ userId: S.AliceUserId, supportsMultipleConnections: true });
        const accounts = bySlug(list, S.GithubSlug).connectedAccounts;
        assert.equal(accounts.length, 4);
        const added = accounts.find((a) => a.accountDisplayName === 'Laptop');
        assert.ok(added, 'the added connection is listed');
        assert.equal(added.connectionRole, 'standard');
        assert.equal(added.state, 'connected');
    });

    await check('authorizeDataIntegration reauthorize + connectedAccountId repairs exactly that connection', async () => {
        const before = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug,
                                                             connectedAccountId: S.AliceGithubWorkAccountId });
        const link = await pipes.authorizeDataIntegration({ slug: S.GithubSlug, userId: S.AliceUserId, connectionIntent: 'reauthorize',
                                                            connectedAccountId: S.AliceGithubContractorAccountId });
        assert.equal(await openLink(link.url), 200);
        const repaired = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug,
                                                               supportsMultipleConnections: true,
                                                               connectedAccountId: S.AliceGithubContractorAccountId });
        assert.equal(repaired.state, 'connected');
        assert.deepEqual(repaired.scopes, ['repo', 'read:user', 'read:org']);
        const after = await pipes.getUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug,
                                                            connectedAccountId: S.AliceGithubWorkAccountId });
        assert.deepEqual(after, before); // the other connection is untouched
    });

    await check('authorizeDataIntegration connectionOwner organization: an active member repairs the shared connection', async () => {
        const link = await pipes.authorizeDataIntegration({ slug: S.SalesforceSlug, userId: S.CarolUserId, organizationId: S.GlobexOrgId,
                                                            connectionOwner: 'organization', connectionIntent: 'reauthorize',
                                                            connectedAccountId: S.GlobexSalesforceAccountId });
        assert.equal(await openLink(link.url), 200);
        const shared = await pipes.getOrganizationConnectedAccount({ organizationId: S.GlobexOrgId, slug: S.SalesforceSlug });
        assert.equal(shared.state, 'connected');
        assert.equal(shared.stateReason, null);
        assert.equal(shared.establishedByUserId, S.CarolUserId);
        assert.equal(shared.userId, null); // the acting member does not become the owner
        await rejects(pipes.authorizeDataIntegration({ slug: S.SalesforceSlug, userId: S.BobUserId, organizationId: S.GlobexOrgId,
                                                       connectionOwner: 'organization' }), 'GenericServerException', 403);
    });

    await check('authorizeDataIntegration: connectedAccountId is refused without reauthorize', async () => {
        await rejects(pipes.authorizeDataIntegration({ slug: S.GithubSlug, userId: S.AliceUserId, connectionIntent: 'add',
                                                       connectedAccountId: S.AliceGithubAccountId }), 'BadRequestException', 400);
    });

    await check('deleteUserConnectedAccount: 409 without an id, then exactly the selected connection, sent as query parameters', async () => {
        await rejects(pipes.deleteUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug, supportsMultipleConnections: true }),
                      'ConflictException', 409, 'account_selection_required');
        await control(baseUrl, 'DELETE', '/_sandbox/requests');
        await pipes.deleteUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug, supportsMultipleConnections: true,
                                                 connectedAccountId: S.AliceGithubWorkAccountId });
        const log = await control(baseUrl, 'GET', '/_sandbox/requests');
        const sent = log.data.find((r) => r.method === 'DELETE');
        assert.ok(sent, 'the DELETE reached the sandbox');
        const query = new URLSearchParams(sent.query);
        assert.equal(query.get('supports_multiple_connections'), 'true');
        assert.equal(query.get('connected_account_id'), S.AliceGithubWorkAccountId);
        const list = await pipes.listUserDataProviders({ userId: S.AliceUserId, supportsMultipleConnections: true });
        const ids = bySlug(list, S.GithubSlug).connectedAccounts.map((a) => a.id);
        assert.ok(!ids.includes(S.AliceGithubWorkAccountId), 'Work is gone');
        assert.ok(ids.includes(S.AliceGithubAccountId) && ids.includes(S.AliceGithubContractorAccountId), 'the others stay');
        await rejects(pipes.deleteUserConnectedAccount({ userId: S.AliceUserId, slug: S.GithubSlug, supportsMultipleConnections: true,
                                                         connectedAccountId: S.AliceGithubWorkAccountId }), 'NotFoundException', 404);
    });

    await check('deleteOrganizationConnectedAccount: a shared connection by id', async () => {
        await rejects(pipes.deleteOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.SalesforceSlug,
                                                                 supportsMultipleConnections: true }),
                      'ConflictException', 409, 'account_selection_required');
        await pipes.deleteOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.SalesforceSlug,
                                                         supportsMultipleConnections: true,
                                                         connectedAccountId: S.AcmeSalesforceSandboxAccountId });
        const left = await pipes.getOrganizationConnectedAccount({ organizationId: S.AcmeOrgId, slug: S.SalesforceSlug,
                                                                   supportsMultipleConnections: true });
        assert.equal(left.id, S.AcmeSalesforceAccountId); // exactly one left, so no 409
    });
}

async function main() {
    const args = process.argv.slice(2);
    const at = args.indexOf('--sandbox');
    if (at < 0 || !args[at + 1]) fail('usage: node sdk-sandbox.mjs --sandbox PATH');
    const binary = path.resolve(args[at + 1]);
    const { WorkOS } = await loadSdk();
    const S = loadSeed();

    let sandbox = await startSandbox(binary, API_KEY, 'demo');
    try {
        const workos = client(WorkOS, sandbox.baseUrl);
        const pipes = workos.pipes;
        await reads(pipes, S);
        await diagnosis(workos, S);
        await writes(pipes, S, sandbox.baseUrl);
    } finally {
        await stopSandbox(sandbox.child);
    }

    sandbox = await startSandbox(binary, API_KEY, 'demo', ['--no-multiple-connections']);
    try {
        const pipes = client(WorkOS, sandbox.baseUrl).pipes;
        await check('authorizeDataIntegration add where the team lacks additional connections: 404 multiple_connections_unavailable', async () => {
            await rejects(pipes.authorizeDataIntegration({ slug: S.GithubSlug, userId: S.AliceUserId, connectionIntent: 'add' }),
                          'NotFoundException', 404, 'multiple_connections_unavailable');
            const first = await pipes.authorizeDataIntegration({ slug: S.GithubSlug, userId: S.BobUserId, connectionIntent: 'add' });
            assert.equal(await openLink(first.url), 200); // a first connection is still possible
            assert.equal((await pipes.getUserConnectedAccount({ userId: S.BobUserId, slug: S.GithubSlug })).connectionRole, 'compatibility');
        });
    } finally {
        await stopSandbox(sandbox.child);
    }

    if (failures.length) console.log(`\nfailed checks:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    console.log(`${passed} passed, ${failures.length} failed`);
    process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
    console.error(`FATAL: ${e.stack || e}`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
});
