// Node.js 24 for every npm script, whatever `node` comes first on PATH (these machines ship 20, on which the BFF's HTTP
// client crashes while loading). package.json's scripts import this first: `node --import ./scripts/node24.mjs …`.
// Under Node 24 it returns at once, in the same process. Under an older Node it installs the npm registry's node@24 into
// ${XDG_CACHE_HOME:-~/.cache}/berth/node once, then runs the same command (node flags, arguments, stdio) again under it,
// with its bin first on PATH so that what the script spawns (npx vitest, tsx) gets Node 24 too; exit code and signal
// are passed back. `node scripts/node24.mjs --bin` prints a Node 24's bin directory instead (.ci/run puts it on PATH).
// It runs on the old Node itself (from 18.19 and 20.6, which have --import): plain JavaScript, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './repo-root.mjs';

const engines = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).engines.node;
const needed = Number(/\d+/.exec(engines)[0]);
const running = `Node.js ${process.version} (${process.execPath})`;
const cacheDir = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'berth', 'node');
const cachedNode = path.join(cacheDir, 'node_modules', 'node', 'bin', 'node');
const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

const say = (line) => process.stderr.write(`[berth] ${line}\n`);

/** The version found was said already; the other two of the three lines: the version needed and the command to fix it. */
function cannotRun(why, fix) {
  say(`Berth needs Node.js ${needed} (package.json engines "${engines}"); ${why}`);
  say(`to fix: ${fix}`);
  process.exit(1);
}

/** The reason npm gives (its first `npm error` message, else its error code), not its whole log. */
function npmFailure(result) {
  if (result.error) return `npm did not run: ${result.error.message}`;
  const message = /^npm error (?!code |syscall |errno |\s)(?:\w*Error: )?(.+)$/m.exec(result.stderr)?.[1];
  const code = /^npm error code (\S+)/m.exec(result.stderr)?.[1];
  return message ?? code ?? `npm exited with ${result.status}`;
}

/** npm install into a directory of its own, renamed into place: the first of two scripts installing at once wins. */
function installNode(why = `${running} is older than ${needed}`) {
  say(`${why}: installing node@${needed} from the npm registry into ${cacheDir}, once`);
  mkdirSync(path.dirname(cacheDir), { recursive: true });
  const staging = mkdtempSync(`${cacheDir}.installing-`);
  // The node package's preinstall script fetches the binary; one quick retry, so an unreachable registry fails in seconds.
  const flags =
    '--no-save --no-package-lock --no-audit --no-fund --ignore-scripts=false --fetch-retries=1 --fetch-retry-mintimeout=1000';
  const result = spawnSync('npm', ['install', '--prefix', staging, ...flags.split(' '), `node@${needed}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const installed = existsSync(path.join(staging, 'node_modules', 'node', 'bin', 'node'));
  if (installed) {
    try {
      renameSync(staging, cacheDir);
    } catch {
      // Another script's install got there first, or an interrupted older install is in the way.
      if (!existsSync(cachedNode)) {
        rmSync(cacheDir, { recursive: true, force: true });
        renameSync(staging, cacheDir);
      }
    }
  }
  rmSync(staging, { recursive: true, force: true });
  const fix = `npm install --prefix ${cacheDir} node@${needed} --registry=<a reachable npm registry>, or put a Node.js ${needed} first on PATH`;
  if (result.status !== 0 || result.error) cannotRun(`installing it failed: ${npmFailure(result)}`, fix);
  if (!installed) cannotRun(`npm installed node@${needed} without its binary (are install scripts disabled?)`, fix);
}

/** The cached Node 24, installed first when it is missing. */
function node24() {
  if (process.execPath === cachedNode) {
    say(`${running} is older than ${needed}, and it is the one in Berth's cache`);
    cannotRun('the cache holds an older one', `rm -rf ${cacheDir}, then run the command again`);
  }
  if (!existsSync(cachedNode)) installNode();
  else if (!isMain) say(`${running} is older than ${needed}: running this under Node.js ${needed} from ${cacheDir}`);
  return cachedNode;
}

/** The npm registry's node@24 executable in the cache, installed first when missing: the one the image ships. */
export function cachedNode24() {
  if (!existsSync(cachedNode)) installNode("the image ships the npm registry's node");
  return cachedNode;
}

/** npm tells scripts which node runs them; under npm these name the new one. */
function nodeVariables(node) {
  return Object.fromEntries(
    ['NODE', 'npm_node_execpath'].filter((name) => process.env[name] !== undefined).map((name) => [name, node]),
  );
}

/** The same command again under `node`; this process only passes signals on and ends the way the child ended. */
function runAgainUnder(node) {
  const child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...nodeVariables(node),
      PATH: [path.dirname(node), process.env.PATH].filter(Boolean).join(path.delimiter),
    },
  });
  // Ctrl-C reaches the child from the terminal too, and npm forwards its own copy: each signal is passed on once.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const passedOn = new Set();
  for (const signal of signals) {
    process.on(signal, () => {
      if (passedOn.has(signal)) return;
      passedOn.add(signal);
      child.kill(signal);
    });
  }
  child.on('error', (error) => {
    say(`could not run ${node}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (code !== null) process.exit(code);
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
  // Nothing after the import runs here: the child is the script now.
  return new Promise(() => {});
}

const major = Number(process.versions.node.split('.')[0]);
if (isMain) {
  if (process.argv[2] !== '--bin') {
    process.stderr.write(
      'usage: node scripts/node24.mjs --bin   (or as `node --import ./scripts/node24.mjs <script>`)\n',
    );
    process.exit(2);
  }
  process.stdout.write(`${major >= needed ? path.dirname(process.execPath) : path.dirname(node24())}\n`);
} else if (major < needed) {
  await runAgainUnder(node24());
}
