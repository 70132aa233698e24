import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CredentialError } from './credential-error';
import type { ExecConfig } from './exec-info';
import { maxStderrChars, parseExecCredential, runCredentialPlugin, stderrMessage } from './exec-plugin';

const v1 = 'client.authentication.k8s.io/v1';
const dir = mkdtempSync(path.join(tmpdir(), 'berth-exec-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real plugin: a shell script in a temp dir. */
function plugin(name: string, body: string, extra: Partial<ExecConfig> = {}): ExecConfig {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return { apiVersion: v1, command: file, ...extra };
}

const credential = (status: object, apiVersion = v1) => JSON.stringify({ apiVersion, kind: 'ExecCredential', status });

async function failure(run: Promise<unknown>): Promise<CredentialError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialError);
  return error as CredentialError;
}

describe('stderrMessage', () => {
  it.each([
    ['  run aws sso login\n', 'run aws sso login'],
    ['\u001b[1;31merror:\u001b[0m token expired', 'error: token expired'],
    ['bell\u0007 and\ttab\nnext line', 'bell and\ttab\nnext line'],
    ['', ''],
  ])('%j -> %j', (stderr, message) => expect(stderrMessage(stderr)).toBe(message));

  it('keeps the tail of a long stderr, where the advice is', () => {
    const message = stderrMessage(`${'noise '.repeat(1_000)}run aws sso login`);
    expect(message.length).toBeLessThanOrEqual(maxStderrChars + 1);
    expect(message.startsWith('…')).toBe(true);
    expect(message.endsWith('run aws sso login')).toBe(true);
  });
});

describe('parseExecCredential', () => {
  const exec = { apiVersion: v1, command: 'p' } as const;
  it.each([
    ['not json s3cr3t', 'printed no ExecCredential JSON on stdout'],
    [
      JSON.stringify({ apiVersion: v1, kind: 'Other', status: { token: 's3cr3t' } }),
      'printed an ExecCredential with an invalid kind',
    ],
    [
      credential({ token: 's3cr3t', expirationTimestamp: 'tomorrow' }),
      'printed an ExecCredential with an invalid status.expirationTimestamp',
    ],
    [
      credential({ token: 's3cr3t' }, 'client.authentication.k8s.io/v1beta1'),
      'answered with apiVersion client.authentication.k8s.io/v1beta1, but the kubeconfig asks for client.authentication.k8s.io/v1',
    ],
    [
      credential({ clientCertificateData: 's3cr3t' }),
      'printed only one of status.clientCertificateData and status.clientKeyData',
    ],
    [credential({}), 'printed neither status.token nor status.clientCertificateData and status.clientKeyData'],
  ])('refuses %s without quoting it', (stdout, message) => {
    expect(parseExecCredential(stdout, exec)).toBe(message);
  });

  it('takes a token, a certificate pair and an RFC 3339 expiry', () => {
    const status = {
      token: 't',
      clientCertificateData: 'c',
      clientKeyData: 'k',
      expirationTimestamp: '2030-01-01T00:00:00Z',
    };
    expect(parseExecCredential(credential(status), exec)).toEqual(status);
  });
});

describe('runCredentialPlugin', () => {
  it("gives the user the plugin's own words and exit status when it fails", async () => {
    const exec = plugin(
      'sso-expired',
      `echo 'Error loading SSO Token: Token for my-sso does not exist' >&2\necho 'run aws sso login' >&2\nexit 255`,
    );
    const error = await failure(runCredentialPlugin('prod-admin', exec, '{}'));
    expect(error.reason).toBe('CredentialPluginFailed');
    expect(error.message).toBe(
      `The credential plugin ${exec.command} of user prod-admin failed with exit status 255: Error loading SSO Token: Token for my-sso does not exist\nrun aws sso login`,
    );
  });

  it('names a plugin that is not installed, with its install hint', async () => {
    const error = await failure(
      runCredentialPlugin(
        'u',
        { apiVersion: v1, command: 'berth-no-such-plugin', installHint: 'Install it with: apt install berth-login\n' },
        '{}',
      ),
    );
    expect(error.message).toBe(
      "The credential plugin berth-no-such-plugin of user u was not found (is it installed and in Berth's PATH?)\nInstall it with: apt install berth-login",
    );
  });

  it('never puts what the plugin printed on stdout into its error', async () => {
    const error = await failure(runCredentialPlugin('u', plugin('garbled', `echo 'token=s3cr3t-value'`), '{}'));
    expect(error.message).toContain('printed no ExecCredential JSON on stdout');
    expect(error.message).not.toContain('s3cr3t');
  });

  it('refuses interactiveMode Always without starting the plugin', async () => {
    const exec = plugin('interactive', `touch ${dir}/interactive-ran`, { interactiveMode: 'Always' });
    expect((await failure(runCredentialPlugin('u', exec, '{}'))).message).toContain('needs a terminal');
    expect(() => readFileSync(`${dir}/interactive-ran`)).toThrow();
  });

  it("passes args, the kubeconfig's env over Berth's, and KUBERNETES_EXEC_INFO", async () => {
    const exec = plugin(
      'echo-env',
      `printf '%s' "$KUBERNETES_EXEC_INFO" > ${dir}/info; printf '%s|%s' "$1" "$BERTH_PLUGIN_REGION" > ${dir}/args\necho '${credential({ token: 't' })}'`,
      { args: ['eks', 'get-token'], env: [{ name: 'BERTH_PLUGIN_REGION', value: 'eu-west-1' }] },
    );
    process.env.BERTH_PLUGIN_REGION = 'us-east-1';
    try {
      expect(await runCredentialPlugin('u', exec, '{"kind":"ExecCredential"}')).toEqual({ token: 't' });
    } finally {
      delete process.env.BERTH_PLUGIN_REGION;
    }
    expect(readFileSync(`${dir}/info`, 'utf8')).toBe('{"kind":"ExecCredential"}');
    expect(readFileSync(`${dir}/args`, 'utf8')).toBe('eks|eu-west-1');
  });
});
