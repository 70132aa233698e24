// A signed-in browser tab as the benchmarks see it: a session cookie, and one namespace's SSE stream on its own socket.
import { request, type ClientRequest } from 'node:http';

/** Signs in with a bearer token (token mode) and answers the session cookie to send with each request. */
export async function signIn(bffUrl: string, token: string): Promise<string> {
  const res = await fetch(`${bffUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (res.status !== 201) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('berth-session='));
  if (cookie === undefined) throw new Error('sign-in set no berth-session cookie');
  return cookie.split(';')[0] ?? '';
}

/** One EventSource-like client: records when a text marker first arrives. */
export class StreamClient {
  private request: ClientRequest | undefined;
  private tail = '';
  private readonly waiting = new Map<string, (at: number) => void>();
  bytes = 0;

  constructor(private readonly cookie?: string) {}

  open(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const headers = { Accept: 'text/event-stream', ...(this.cookie ? { Cookie: this.cookie } : {}) };
      // Its own socket, as each browser tab would have.
      this.request = request(url, { agent: false, headers }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
        res.setEncoding('utf8');
        // The BFF going away mid-stream ends this tab's stream, not the benchmark.
        res.on('error', () => undefined);
        res.on('data', (chunk: string) => this.receive(chunk));
        res.once('data', () => resolve());
      });
      this.request.on('error', reject);
      this.request.end();
    });
  }

  private receive(chunk: string): void {
    const at = performance.now();
    this.bytes += chunk.length;
    const text = this.tail + chunk;
    // A marker may straddle two chunks; keep the end of this one.
    this.tail = text.slice(-200);
    for (const [marker, resolve] of this.waiting) {
      if (!text.includes(marker)) continue;
      resolve(at);
      this.waiting.delete(marker);
    }
  }

  /** When (performance.now()) `marker` arrives, or NaN after `timeoutMs`. Call before making the change. */
  arrival(marker: string, timeoutMs: number): Promise<number> {
    return new Promise((resolve) => {
      this.waiting.set(marker, resolve);
      setTimeout(() => {
        if (this.waiting.delete(marker)) resolve(Number.NaN);
      }, timeoutMs).unref();
    });
  }

  close(): void {
    this.request?.destroy();
  }
}
