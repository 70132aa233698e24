// The Dockerfile cannot be built here (no Docker engine), so this holds it in step with `npm run image`: the same files
// (its final stage copies only what stage-cli.ts staged, the builder's own staging), user, environment, entrypoint and
// exposed port as umoci is told to set, all from image-spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/repo-root.mjs';
import { umociConfigArgs } from './build-image';
import { entrypoint, exposedPort, imageEnv, nodeFlags, userSpec } from './image-spec';

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions per stage: continuation lines joined, comments and parser directives dropped. */
function stages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  const result: Instruction[][] = [];
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') result.push([]);
    result.at(-1)?.push(instruction);
  }
  return result;
}

interface ImageSettings {
  user: string | undefined;
  entrypoint: string[];
  env: Record<string, string>;
  ports: string[];
}

function fromDockerfile(stage: Instruction[]): ImageSettings {
  const args = (keyword: string) => stage.filter((i) => i.keyword === keyword).map((i) => i.args);
  return {
    user: args('USER').at(-1),
    entrypoint: JSON.parse(args('ENTRYPOINT').at(-1) ?? '[]') as string[],
    env: Object.fromEntries(
      args('ENV')
        .flatMap((line) => line.split(/\s+/))
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    ),
    ports: args('EXPOSE').flatMap((line) =>
      line.split(/\s+/).map((port) => (port.includes('/') ? port : `${port}/tcp`)),
    ),
  };
}

function fromUmoci(argv: string[]): ImageSettings {
  const values = (flag: string) => argv.flatMap((arg, i) => (arg === flag ? [argv[i + 1] ?? ''] : []));
  return {
    user: values('--config.user').at(-1),
    entrypoint: values('--config.entrypoint'),
    env: Object.fromEntries(
      values('--config.env').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    ),
    ports: values('--config.exposedports'),
  };
}

const dockerfile = stages(readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8'));
const [buildStage = [], finalStage = []] = dockerfile;

describe('the Dockerfile and npm run image', () => {
  it('sets the same user, environment, entrypoint and exposed port, the ones image-spec.ts names', () => {
    const expected: ImageSettings = {
      user: userSpec,
      entrypoint: [...entrypoint],
      env: { ...imageEnv },
      ports: [`${exposedPort}/tcp`],
    };
    expect(fromDockerfile(finalStage)).toEqual(expected);
    expect(fromUmoci(umociConfigArgs('layout:berth'))).toEqual(expected);
  });

  it('puts in the image only what the builder stages: one COPY of stage-cli.ts output onto an empty base', () => {
    expect(dockerfile).toHaveLength(2);
    expect(finalStage[0]).toEqual({ keyword: 'FROM', args: 'scratch' });
    const files = finalStage.filter((i) => ['COPY', 'ADD', 'RUN', 'VOLUME', 'WORKDIR'].includes(i.keyword));
    expect(files).toEqual([{ keyword: 'COPY', args: '--from=build /rootfs/ /' }]);
    expect(buildStage.filter((i) => i.keyword === 'RUN').map((i) => i.args)).toContain(
      'node --import tsx packages/image/src/stage-cli.ts /rootfs',
    );
  });

  it("builds from a slim Node of package.json's major on the Debian whose glibc npm run image ships", () => {
    const engines = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }
    ).engines.node;
    const codename = /^VERSION_CODENAME=(\w+)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    expect(buildStage[0]).toEqual({
      keyword: 'FROM',
      args: `node:${/\d+/.exec(engines)?.[0] ?? ''}-${codename ?? ''}-slim AS build`,
    });
  });

  it('leaves the session keys out of the build context: COPY . . would put them in the build stage', () => {
    const ignored = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toContain('deploy/base/session-keys');
  });

  it("runs node with npm start's V8 flags", () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }
    ).scripts;
    // Every V8 flag: the caps and --no-concurrent-recompilation alike (--import loads npm start's own scripts).
    const v8Flags = scripts.start.split(/\s+/).filter((word) => word.startsWith('--') && word !== '--import');
    expect(v8Flags).toEqual([...nodeFlags]);
  });
});
