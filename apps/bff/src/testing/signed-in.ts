// Token-mode BFFs and signed-in sessions against the real local cluster, for the auth integration tests.
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import request from 'supertest';
import { csrfHeader, sessionInfo } from '@berth/contracts';
import { createApp } from '../app';
import type { SessionKeyring } from '../auth/session-keys';
import type { SessionTimeouts } from '../auth/sessions';
import type { Ingress } from '../http/ingress';
import type { SignInLimits } from '../auth/sign-in-throttle';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';
import { registryPolicy } from '../resources/registry-checks/check-routes';
import { captureLogs } from './log-capture';
import { adminKubeConfig, env } from './cluster';

export interface TokenAppOptions {
  timeouts?: SessionTimeouts;
  /** The keys sealing cookies (`--session-key-file`); by default a random key of this app. */
  sessionKeys?: SessionKeyring;
  signInLimits?: Partial<SignInLimits>;
  /** `--registry-allow`: the local registries are on loopback, which sign-in mode refuses by default. */
  registryAllow?: readonly string[];
  /** `--base-path`, `--public-url`, `--trusted-proxy`. */
  ingress?: Ingress;
}

/** A BFF in token mode: the admin kubeconfig only names the cluster; requests act as the signed-in user. */
export function tokenApp({
  timeouts,
  sessionKeys,
  signInLimits,
  registryAllow = ['127.0.0.0/8'],
  ingress,
}: TokenAppOptions = {}): {
  app: Express;
  logs: () => string;
  logger: Logger;
} {
  const captured = captureLogs();
  const app = createApp({
    kubeConfig: adminKubeConfig(),
    logger: captured.logger,
    auth: {
      mode: 'token',
      ...(timeouts ? { timeouts } : {}),
      ...(sessionKeys ? { sessionKeys } : {}),
      ...(signInLimits ? { signInLimits } : {}),
    },
    registryPolicy: registryPolicy({ signIn: true, allow: registryAllow }),
    ...(ingress ? { ingress } : {}),
  });
  return { app, logs: captured.text, logger: captured.logger };
}

export function adminToken(): string {
  return bearerToken(env('KUBECONFIG'));
}

export function restrictedToken(): string {
  return bearerToken(env('BERTH_RESTRICTED_KUBECONFIG'));
}

function bearerToken(file: string): string {
  const token = loadKubeConfig(file).getCurrentUser()?.token;
  if (token === undefined) throw new Error(`${file} holds no bearer token`);
  return token;
}

export interface SignedIn {
  username: string;
  /** The `name=value` pair to send as the Cookie header. */
  cookie: string;
  /** The sealed session: the cookie's value. */
  sessionId: string;
  csrfToken: string;
  /** Headers of a same-origin JSON request of this session (Cookie, CSRF token, Content-Type). */
  headers: Record<string, string>;
}

export async function signIn(app: Express | Server, token: string): Promise<SignedIn> {
  const res = await request(app)
    .post('/api/session')
    .set('Content-Type', 'application/json')
    .send({ token })
    .expect(201);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie[0]?.split(';')[0] ?? '';
  const info = sessionInfo.parse(res.body);
  const csrfToken = info.csrfToken ?? '';
  return {
    username: info.username,
    cookie,
    sessionId: cookie.split('=')[1] ?? '',
    csrfToken,
    headers: { Cookie: cookie, [csrfHeader]: csrfToken, 'Content-Type': 'application/json' },
  };
}

export async function listen(app: Express): Promise<{ server: Server; url: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * A sign-in sent from another loopback address (127.0.0.2, ...), as another client would; Linux routes all of 127/8 to lo.
 * `extraHeaders` adds headers such as X-Forwarded-For.
 */
export function signInFrom(
  url: string,
  localAddress: string,
  token: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const headers = { 'Content-Type': 'application/json', Host: `${hostname}:${port}`, ...extraHeaders };
    const req = httpRequest({ hostname, port, localAddress, method: 'POST', path: '/api/session', headers }, (res) => {
      res.resume();
      const retryAfter = res.headers['retry-after'];
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ...(retryAfter === undefined ? {} : { retryAfter }) }),
      );
    });
    req.on('error', reject);
    req.end(JSON.stringify({ token }));
  });
}
