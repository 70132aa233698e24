// A small Docker token server (the scheme of Docker Hub and Harbor): Basic credentials in, an RS256 JWT out.
import {
  X509Certificate,
  createHash,
  createPrivateKey,
  randomUUID,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SignJWT } from 'jose';
import type { UserCredentials } from './credentials';
import { grantAccess } from './token-access';

export interface TokenIssuerConfig {
  host: string;
  port: number;
  /** The registry config's `auth.token.issuer`. */
  issuer: string;
  /** The registry config's `auth.token.service`; the token's audience. */
  service: string;
  keyFile: string;
  certFile: string;
  /** `credentials.json`; the issuer's user is its `token` entry. */
  credentialsFile: string;
}

interface Signer {
  key: KeyObject;
  /** base64 DER of the certificate in the registry's `rootcertbundle`. */
  x5c: string;
  user: UserCredentials;
}

const tokenLifetimeSeconds = 300;

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** `undefined` for no credentials (anonymous), `false` for wrong ones. */
function authenticate(request: IncomingMessage, user: UserCredentials): string | undefined | false {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return sameSecret(username, user.username) && sameSecret(password, user.password) ? username : false;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function issueToken(config: TokenIssuerConfig, signer: Signer, url: URL, subject: string | undefined) {
  const access = grantAccess(url.searchParams.getAll('scope'), subject !== undefined);
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ access })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5c: [signer.x5c] })
    .setIssuer(config.issuer)
    .setAudience(url.searchParams.get('service') ?? config.service)
    .setSubject(subject ?? '')
    .setIssuedAt(now)
    .setNotBefore(now - 5)
    .setExpirationTime(now + tokenLifetimeSeconds)
    .setJti(randomUUID())
    .sign(signer.key);
  return {
    token,
    access_token: token,
    expires_in: tokenLifetimeSeconds,
    issued_at: new Date(now * 1000).toISOString(),
  };
}

async function loadSigner(config: TokenIssuerConfig): Promise<Signer> {
  const [keyPem, certPem, credentialsJson] = await Promise.all([
    readFile(config.keyFile, 'utf8'),
    readFile(config.certFile, 'utf8'),
    readFile(config.credentialsFile, 'utf8'),
  ]);
  const { token } = JSON.parse(credentialsJson) as { token: UserCredentials };
  return { key: createPrivateKey(keyPem), x5c: new X509Certificate(certPem).raw.toString('base64'), user: token };
}

export async function createTokenIssuer(config: TokenIssuerConfig): Promise<Server> {
  const signer = await loadSigner(config);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${config.host}`);
    if (url.pathname === '/healthz') return send(response, 200, { ok: true });
    if (url.pathname !== '/token' || request.method !== 'GET') return send(response, 404, { details: 'not found' });
    const subject = authenticate(request, signer.user);
    if (subject === false) {
      return send(
        response,
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'incorrect username or password' }] },
        { 'www-authenticate': `Basic realm="${config.issuer}"` },
      );
    }
    issueToken(config, signer, url, subject).then(
      (body) => send(response, 200, body),
      (error: unknown) => send(response, 500, { details: `could not sign a token: ${String(error)}` }),
    );
  });
}
