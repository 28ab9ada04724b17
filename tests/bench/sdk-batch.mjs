// The official WorkOS Node SDK doing the same batch check as Pipes Admin's
// BatchEngine (CheckStatus: GET /user_management/users/{id}/data_providers
// per user) at a fixed concurrency, against the same server.
//
// SDK 12.3.0's own Pipes call, plural-aware as Pipes Admin reads:
// workos.pipes.listUserDataProviders({ userId, supportsMultipleConnections: true })
// (GET .../data_providers?supports_multiple_connections=true, the SDK's HTTP
// client, headers, retries, JSON parsing and deserializers).
//
//   node sdk-batch.mjs --base http://127.0.0.1:PORT --key sk_test_sandbox \
//        --ids ids.txt --concurrency 8 [--warmup 32]
// Prints one JSON line: {"elapsedMs":..., "ok":..., "failed":..., "opsPerSecond":...}

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { WorkOS } from '@workos-inc/node';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const base = new URL(option('base', 'http://127.0.0.1:4010'));
const key = option('key', 'sk_test_sandbox');
const concurrency = Number(option('concurrency', '8'));
const warmup = Number(option('warmup', String(2 * concurrency)));
const ids = readFileSync(option('ids'), 'utf8').split('\n').filter((line) => line.length > 0);

const workos = new WorkOS(key, {
  apiHostname: base.hostname,
  port: Number(base.port),
  https: false,
});

async function run(list) {
  let next = 0;
  let ok = 0;
  let failed = 0;
  let firstError;
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= list.length) return;
      try {
        const providers = await workos.pipes.listUserDataProviders({ userId: list[i], supportsMultipleConnections: true });
        if (!Array.isArray(providers.data)) throw new Error('no data array');
        ok++;
      } catch (error) {
        failed++;
        firstError ??= String(error);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ok, failed, firstError };
}

// Warm up (connections, JIT) outside the timed run, as the C++ side does.
await run(ids.slice(0, Math.min(warmup, ids.length)));
const t0 = performance.now();
const result = await run(ids);
const elapsedMs = performance.now() - t0;
console.log(JSON.stringify({
  elapsedMs,
  ok: result.ok,
  failed: result.failed,
  opsPerSecond: (result.ok + result.failed) / (elapsedMs / 1000),
  firstError: result.firstError,
}));
process.exit(result.failed === 0 ? 0 : 1);
