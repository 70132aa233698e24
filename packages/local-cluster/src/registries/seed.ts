// The images the local registries hold: the seed scenario's awesomeapp and the mirror's nginx stand-in.
import type { RegistryCredentialsFile, UserCredentials } from './credentials';
import { pushImage } from './push-image';
import { buildSeedImage } from './seed-image';

export interface SeedTargets {
  privateUrl: string;
  tokenRegistryUrl: string;
  /** `http://127.0.0.1:5003/token` */
  tokenRealm: string;
  tokenService: string;
  mirrorUrl: string;
  credentials: RegistryCredentialsFile;
}

const awesomeappV1 = buildSeedImage({ path: '/hello.txt', text: 'Hello from janedoe/awesomeapp v1\n' });
const awesomeappV2 = buildSeedImage({ path: '/hello.txt', text: 'Hello from janedoe/awesomeapp v2\n' });
const nginx = buildSeedImage({
  path: '/usr/share/nginx/html/index.html',
  text: '<h1>Welcome to nginx (Berth mirror)</h1>\n',
});

function basic(user: UserCredentials): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
}

/** A push needs a token scoped `pull,push`; our issuer grants that to its own user. */
async function pushToken(targets: SeedTargets, repository: string): Promise<string> {
  const url = new URL(targets.tokenRealm);
  url.searchParams.set('service', targets.tokenService);
  url.searchParams.set('scope', `repository:${repository}:pull,push`);
  const response = await fetch(url, { headers: { authorization: basic(targets.credentials.token) } });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`token issuer refused a push token (${response.status})`);
  return `Bearer ${body.token}`;
}

export async function seedRegistries(targets: SeedTargets): Promise<void> {
  const repository = 'janedoe/awesomeapp';
  const privateAuth = basic(targets.credentials.private);
  await pushImage({ baseUrl: targets.privateUrl, repository, tag: 'v1', authorization: privateAuth }, awesomeappV1);
  await pushImage({ baseUrl: targets.privateUrl, repository, tag: 'v2', authorization: privateAuth }, awesomeappV2);
  const tokenAuth = await pushToken(targets, repository);
  await pushImage({ baseUrl: targets.tokenRegistryUrl, repository, tag: 'v1', authorization: tokenAuth }, awesomeappV1);
  await pushImage({ baseUrl: targets.mirrorUrl, repository: 'library/nginx', tag: 'latest' }, nginx);
}
