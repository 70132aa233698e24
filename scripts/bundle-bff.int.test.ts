// What `npm start` loads: the BFF bundle holds none of client-node's generated API classes and models, V8 can keep its
// source as one byte per character, and its informers (client-node's ListWatch without its serializer) still stream.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeLoopbackPort, npmStartArguments } from '@berth/local-cluster/testing/any-runner';
import { requiredEnv } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from './bundle-bff.mjs';
import { repoRoot } from './repo-root.mjs';

let bff: ChildProcess | undefined;

beforeAll(() => {
  // Bundled before the clock of any test starts (a minute on a busy machine).
  expect(spawnSync(process.execPath, ['scripts/bundle-bff.mjs'], { cwd: repoRoot, stdio: 'inherit' }).status).toBe(0);
});
afterAll(() => {
  bff?.kill();
});

const compileCache = () => path.join(path.dirname(bundle), 'compile-cache');

/** Stops the BFF with SIGTERM, as Ctrl-C would, and waits for it to exit. */
async function stopBff(): Promise<void> {
  const running = bff;
  if (running === undefined || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

/** `npm start` without the SPA on a free port; resolves with its URL once it answers readyz. */
async function startBundledBff(): Promise<string> {
  const port = await freeLoopbackPort();
  const args = [...npmStartArguments(), '--no-spa', '--port', String(port), '--kubeconfig', requiredEnv('KUBECONFIG')];
  // As a user's shell starts it: `vitest --coverage` sets NODE_DISABLE_COMPILE_CACHE=1, which its children inherit.
  const { NODE_DISABLE_COMPILE_CACHE: _coverageOnly, ...env } = process.env;
  bff = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'ignore', env });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 240; tries += 1) {
    const ready = await fetch(`${url}/api/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return url;
    await sleep(250);
  }
  throw new Error('the bundled BFF did not answer readyz within 60 s');
}

/** The stream's text until `marker` appears in it. */
async function streamUntil(url: string, marker: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (response.body === null) throw new Error('the stream has no body');
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of response.body) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    if (text.includes(marker)) break;
  }
  return text;
}

describe('the BFF bundle', () => {
  it('is ASCII, so V8 keeps its source one byte per character; the licence comments sit beside it', () => {
    const text = readFileSync(bundle);
    expect(text.findIndex((byte) => byte > 0x7f)).toBe(-1);
    expect(existsSync(`${bundle}.LEGAL.txt`)).toBe(true);
  });

  it('holds none of client-node’s generated API classes or models', () => {
    const text = readFileSync(bundle, 'utf8');
    for (const generated of ['CoreV1Api', 'AppsV1Api', 'V1PodSpec', 'V1CSIDriver', 'attributeTypeMap'])
      expect(text.includes(generated), generated).toBe(false);
  });

  it('streams a namespace (its informers list and watch without client-node’s serializer) and keeps V8’s code for the next start', async () => {
    rmSync(compileCache(), { recursive: true, force: true });
    const url = await startBundledBff();
    // kube-apiserver 1.20 gives every namespace's default ServiceAccount a token Secret.
    const text = await streamUntil(`${url}/api/namespaces/default/stream`, 'default-token-');
    expect(text).toContain('"kind":"secret"');
    // V8's code for the bundle, kept for the next start (Node writes it on exit).
    await stopBff();
    expect(readdirSync(compileCache(), { recursive: true }).length).toBeGreaterThan(0);
  });
});
