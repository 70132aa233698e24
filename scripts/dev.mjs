// `npm run dev`: the BFF (API only) on 127.0.0.1:8080 and Vite's dev server on 127.0.0.1:5173, which proxies /api to it.
// Both stop together: Ctrl-C or either one exiting stops the other.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', 'apps/bff/src/main.ts', '--no-spa', ...process.argv.slice(2)], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
let exiting = false;
function stopAll(code) {
  if (exiting) return;
  exiting = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
