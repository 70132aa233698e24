// What the console's image is, in one place: the builder (umoci), the Dockerfile's test and the runner all read it.

/** The fixed non-root user the console runs as (65532, distroless' `nonroot`): no name on the host, no shell. */
export const imageUser = { name: 'berth', uid: 65532, gid: 65532 } as const;

/** The one place a read-only root filesystem lets the console write. */
export const writableDir = '/tmp';

export const nodePath = '/usr/local/bin/node';
/** scripts/bundle-bff.mjs's output folder (the bundle and its source map), as it is. */
export const bffDir = '/app/bff';
export const bffEntry = `${bffDir}/main.mjs`;
/** The SPA's production build (scripts/spa-build.mjs), served from here because BERTH_SPA_DIR names it. */
export const spaDir = '/app/web';

/** `npm start`'s V8 flags (package.json's start script; a test holds them equal): the caps, and optimising on the main thread. */
export const nodeFlags = [
  '--max-old-space-size=256',
  '--max-semi-space-size=8',
  '--no-concurrent-recompilation',
] as const;

export const entrypoint = [nodePath, ...nodeFlags, bffEntry] as const;

/** The port the BFF listens on, and the one the image exposes. */
export const exposedPort = 8080;

/** The image's environment. In a pod the console must listen on every address, not loopback. */
export const imageEnv = {
  BERTH_HOST: '0.0.0.0',
  BERTH_PORT: String(exposedPort),
  BERTH_SPA_DIR: spaDir,
} as const;

/** Every timestamp in the image (file mtimes, created, history): the epoch, so two builds of the same files match. */
export const imageCreated = '1970-01-01T00:00:00Z';

/** The tag the image carries inside its OCI layout. */
export const layoutTag = 'berth';

/** /etc/passwd and /etc/group naming only the image's user, so `os.userInfo()` and HOME work. */
export const passwdLine = `${imageUser.name}:x:${imageUser.uid}:${imageUser.gid}:Berth:${writableDir}:/sbin/nologin\n`;
export const groupLine = `${imageUser.name}:x:${imageUser.gid}:\n`;

/** `UID:GID`, as OCI's config.User and the Dockerfile's USER write it. */
export const userSpec = `${imageUser.uid}:${imageUser.gid}`;
