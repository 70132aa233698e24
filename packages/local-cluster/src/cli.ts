// `npm run cluster -- up [--fresh] [--clusters N] | down | status | env | provision`: the embedded local cluster from a shell.
import { clusterEnv, exportLines } from './cluster-env';
import { clusterCountFlag } from './cluster-plan';
import { MissingPackagesError } from './debian-packages';
import { stopCluster } from './down';
import { clusterSetStatus, formatStatus } from './status';
import { ClusterStartError, ensureClusterUp, provision } from './up';

const usage = 'usage: npm run cluster -- up [--fresh] [--clusters N] | down | status | env | provision';

function formatSetStatus(): { text: string; ready: boolean } {
  const set = clusterSetStatus();
  return {
    text: set.map(({ label, status }) => formatStatus(status, label)).join('\n\n'),
    ready: set.every(({ status }) => status.ready),
  };
}

async function main(args: string[]): Promise<number> {
  const [command, ...flags] = args;
  switch (command) {
    case 'up': {
      const clusters = clusterCountFlag(flags);
      const { startedByUs } = await ensureClusterUp({ fresh: flags.includes('--fresh'), clusters });
      if (!startedByUs) console.error('[berth cluster] already running');
      console.error(formatSetStatus().text);
      console.error('use it from a shell with: eval "$(npm run -s cluster -- env)"');
      return 0;
    }
    case 'down': {
      const { stopped } = await stopCluster();
      console.error(stopped ? '[berth cluster] stopped' : '[berth cluster] was not running');
      return 0;
    }
    case 'status': {
      const { text, ready } = formatSetStatus();
      console.error(text);
      return ready ? 0 : 3;
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
