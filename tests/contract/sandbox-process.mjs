// Starting and stopping pipes-sandbox on a free loopback port, for the Node
// contract tests (validate-sandbox.mjs and sdk-sandbox.mjs).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

// Resolves to { baseUrl, child } once the sandbox prints "listening on http://…";
// a port taken between freePort() and the bind is retried on another one.
export async function startSandbox(binary, apiKey, seedName, extraArgs = []) {
    if (!existsSync(binary)) throw new Error(`sandbox binary not found: ${binary}`);
    let lastError = '';
    for (let attempt = 1; attempt <= 3; ++attempt) {
        const port = await freePort();
        const child = spawn(binary, ['--port', String(port), '--seed', seedName, '--api-key', apiKey, ...extraArgs], {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
        });
        let out = '';
        let err = '';
        const baseUrl = await new Promise((resolve) => {
            const timer = setTimeout(() => resolve(null), 20000);
            child.stdout.setEncoding('utf8').on('data', (chunk) => {
                out += chunk;
                const m = out.match(/listening on (http:\/\/[^\s]+)/);
                if (m) { clearTimeout(timer); resolve(m[1].replace(/\/+$/, '')); }
            });
            child.stderr.setEncoding('utf8').on('data', (c) => { err += c; });
            child.on('error', (e) => { clearTimeout(timer); err += String(e); resolve(null); });
            child.on('exit', (code, signal) => { clearTimeout(timer); err += ` (exited: ${code ?? signal})`; resolve(null); });
        });
        if (baseUrl) {
            console.log(`sandbox: ${binary} ${extraArgs.join(' ')} pid ${child.pid} at ${baseUrl}`);
            process.once('exit', () => { if (child.exitCode === null) child.kill('SIGKILL'); });
            return { baseUrl, child };
        }
        lastError = `stdout: ${out.trim()} stderr: ${err.trim()}`;
        child.kill('SIGKILL');
    }
    throw new Error(`the sandbox did not start (no "listening on http://…" line within 20 s): ${lastError}`);
}

export async function stopSandbox(child) {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
}
