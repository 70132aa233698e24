// One run of a kubeconfig's credential plugin (`users[].user.exec`), as client-go runs it: its stdout is the credential,
// its stderr and exit status are what the user needs to hear when it fails ("run aws sso login").
import { spawn } from 'node:child_process';
import { CredentialError } from './credential-error';
import { execCredential, type ExecConfig, type ExecCredentialStatus } from './exec-info';

/** A plugin that hangs would hold every request waiting on it. */
export const pluginTimeoutMs = 60_000;
const maxStdoutBytes = 1024 * 1024;
/** Enough for a plugin's advice; the tail, where the advice usually is. */
export const maxStderrChars = 2_000;

const escape = String.fromCharCode(27);

/** The plugin's stderr as one readable message: no terminal colours or control characters, trimmed, bounded. */
export function stderrMessage(stderr: string): string {
  const [first = '', ...afterEscapes] = stderr.split(escape);
  // Each escape starts a terminal sequence (colours: ESC [ 1;31 m); the text after it stays.
  const uncoloured = first + afterEscapes.map((part) => part.replace(/^\[[0-9;?]*[ -/]*[@-~]/, '')).join('');
  const printable = [...uncoloured].filter((c) => c === '\n' || c === '\t' || (c >= ' ' && c !== '\u007f')).join('');
  const plain = printable.trim();
  return plain.length > maxStderrChars ? `…${plain.slice(-maxStderrChars).trimStart()}` : plain;
}

/** The plugin's stdout checked like client-go checks it; errors name fields, never values. */
export function parseExecCredential(stdout: string, exec: ExecConfig): ExecCredentialStatus | string {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    // JSON.parse's own message quotes the text, which may be the credential.
    return 'printed no ExecCredential JSON on stdout';
  }
  const parsed = execCredential.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `printed an ExecCredential with an invalid ${issue?.path.map(String).join('.') || 'body'}`;
  }
  const { apiVersion, status } = parsed.data;
  if (apiVersion !== exec.apiVersion)
    return `answered with apiVersion ${apiVersion}, but the kubeconfig asks for ${exec.apiVersion}`;
  if ((status.clientCertificateData === undefined) !== (status.clientKeyData === undefined)) {
    return 'printed only one of status.clientCertificateData and status.clientKeyData';
  }
  if (status.token === undefined && status.clientCertificateData === undefined) {
    return 'printed neither status.token nor status.clientCertificateData and status.clientKeyData';
  }
  return status;
}

function failure(user: string, exec: ExecConfig, what: string): CredentialError {
  return new CredentialError('CredentialPluginFailed', `The credential plugin ${exec.command} of user ${user} ${what}`);
}

/** Run the plugin once with KUBERNETES_EXEC_INFO = `info`; resolves to its credential, or rejects with a CredentialError. */
export function runCredentialPlugin(user: string, exec: ExecConfig, info: string): Promise<ExecCredentialStatus> {
  if (exec.interactiveMode === 'Always') {
    return Promise.reject(
      failure(user, exec, 'needs a terminal (interactiveMode: Always), and Berth has none; run it yourself first'),
    );
  }
  // client-go's order: Berth's own environment, then the kubeconfig's env entries, then KUBERNETES_EXEC_INFO.
  const env = {
    ...process.env,
    ...Object.fromEntries((exec.env ?? []).map((e) => [e.name, e.value])),
    KUBERNETES_EXEC_INFO: info,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(exec.command, exec.args ?? [], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: pluginTimeoutMs,
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let startError: NodeJS.ErrnoException | undefined;
    let tooLong = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdoutBytes) {
        tooLong = true;
        child.kill('SIGKILL');
      } else stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Only the tail is ever shown; keep a little more than that so trimming stays right.
      stderr = (stderr + chunk).slice(-4 * maxStderrChars);
    });
    child.on('error', (error: NodeJS.ErrnoException) => (startError = error));
    child.on('close', (code, signal) => {
      const said = stderrMessage(stderr);
      if (startError?.code === 'ENOENT') {
        const hint = exec.installHint ? `\n${exec.installHint.trim()}` : '';
        reject(failure(user, exec, `was not found (is it installed and in Berth's PATH?)${hint}`));
      } else if (startError !== undefined) {
        reject(failure(user, exec, `could not be started (${startError.code ?? startError.message})`));
      } else if (tooLong) {
        reject(failure(user, exec, 'printed more than 1 MiB on stdout'));
      } else if (code === null) {
        const why =
          signal === 'SIGTERM'
            ? `did not finish within ${pluginTimeoutMs / 1000} s`
            : `was killed by ${signal ?? 'a signal'}`;
        reject(failure(user, exec, said === '' ? why : `${why}: ${said}`));
      } else if (code !== 0) {
        reject(
          failure(
            user,
            exec,
            `failed with exit status ${code}${said === '' ? ' and said nothing on stderr' : `: ${said}`}`,
          ),
        );
      } else {
        const credential = parseExecCredential(Buffer.concat(stdout).toString('utf8'), exec);
        if (typeof credential === 'string') reject(failure(user, exec, credential));
        else resolve(credential);
      }
    });
  });
}
