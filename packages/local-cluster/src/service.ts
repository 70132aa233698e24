// What the supervisor needs to run one process of the local cluster; every component describes itself this way.
export interface ServiceSpec {
  /** Short stable name, used for the log file (`<stateDir>/logs/<name>.log`) and in `status`. */
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Resolves true once the service answers (API ready, registry /v2/ answers, node Ready, ...). */
  isReady: () => Promise<boolean>;
  /** Shown by `status`, e.g. `https://127.0.0.1:6443` or `127.0.0.1:5000`. */
  address?: string;
}
