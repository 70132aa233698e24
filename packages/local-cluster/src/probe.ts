// One-shot HTTP(S) readiness probes; any network error simply means "not ready yet".
import http from 'node:http';
import https from 'node:https';

export function httpGetBody(
  url: string,
  options: { token?: string; timeoutMs?: number } = {},
): Promise<{ status: number; body: string } | undefined> {
  const client = url.startsWith('https:') ? https : http;
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  return new Promise((resolve) => {
    // The apiserver's certificate is self-signed; a readiness probe only needs to know it answers.
    const request = client.get(
      url,
      { headers, rejectUnauthorized: false, timeout: options.timeoutMs ?? 2000 },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

export async function answersOk(url: string, options: { token?: string } = {}): Promise<boolean> {
  const result = await httpGetBody(url, options);
  return result?.status === 200;
}
