// `npm run cluster -- up [--fresh] | down | status | env | provision`: the embedded local cluster from a shell.
import { clusterEnv, exportLines } from './cluster-env';
import { MissingPackagesError } from './debian-packages';
import { stopCluster } from './down';
import { clusterStatus, formatStatus } from './status';
import { ClusterStartError, ensureClusterUp, provision } from './up';

const usage = 'usage: npm run cluster -- up [--fresh] | down | status | env | provision';

async function main(args: string[]): Promise<number> {
  const [command, ...flags] = args;
  switch (command) {
    case 'up': {
      const { startedByUs } = await ensureClusterUp({ fresh: flags.includes('--fresh') });
      if (!startedByUs) console.error('[berth cluster] already running');
      console.error(formatStatus(clusterStatus()));
      console.error('use it from a shell with: eval "$(npm run -s cluster -- env)"');
      return 0;
    }
    case 'down': {
      const { stopped } = await stopCluster();
      console.error(stopped ? '[berth cluster] stopped' : '[berth cluster] was not running');
      return 0;
    }
    case 'status': {
      const status = clusterStatus();
      console.error(formatStatus(status));
      return status.ready ? 0 : 3;
    }
    case 'provision': {
      // CI's install step: packages, the cached (or freshly built) control-plane binaries and kubectl, without starting anything.
      const { binaries, kubectl } = await provision();
      console.error(`[berth cluster] ready to start: ${binaries.kubeApiserver}, ${kubectl}`);
      return 0;
    }
    case 'env':
      // stdout carries only the export lines, so `eval "$(npm run -s cluster -- env)"` works.
      process.stdout.write(`${exportLines(clusterEnv())}\n`);
      return 0;
    default:
      console.error(usage);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ClusterStartError) {
      console.error(`[berth cluster] ${error.message}`);
      if (error.logTail) console.error(`--- last lines of the log ---\n${error.logTail}`);
    } else if (error instanceof MissingPackagesError) {
      console.error(`[berth cluster] ${error.message}`);
    } else {
      console.error('[berth cluster]', error instanceof Error ? error.message : error);
    }
    process.exit(1);
  },
);
