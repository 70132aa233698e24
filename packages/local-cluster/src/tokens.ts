// Static bearer tokens for an admin (system:masters) and the restricted user; random per state dir, stored 0600.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const adminUser = 'berth-admin';
export const restrictedUser = 'berth-restricted';

export interface ClusterTokens {
  admin: string;
  restricted: string;
}

function newToken(): string {
  return randomBytes(24).toString('hex');
}

/** kube-apiserver --token-auth-file format: token,user,uid,"group1,group2". */
export function tokenFileContent(tokens: ClusterTokens): string {
  return [
    `${tokens.admin},${adminUser},${adminUser},"system:masters"`,
    `${tokens.restricted},${restrictedUser},${restrictedUser},"berth:restricted"`,
    '',
  ].join('\n');
}

export function parseTokenFile(content: string): ClusterTokens | undefined {
  const tokenOf = (user: string) =>
    content
      .split('\n')
      .map((line) => line.split(','))
      .find((fields) => fields[1] === user)?.[0];
  const admin = tokenOf(adminUser);
  const restricted = tokenOf(restrictedUser);
  return admin && restricted ? { admin, restricted } : undefined;
}

export function ensureTokens(tokenFile: string): ClusterTokens {
  const existing = existsSync(tokenFile) ? parseTokenFile(readFileSync(tokenFile, 'utf8')) : undefined;
  if (existing) return existing;
  const tokens = { admin: newToken(), restricted: newToken() };
  mkdirSync(path.dirname(tokenFile), { recursive: true, mode: 0o700 });
  writeFileSync(tokenFile, tokenFileContent(tokens), { mode: 0o600 });
  return tokens;
}
