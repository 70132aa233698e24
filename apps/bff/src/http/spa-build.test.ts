import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedSpaDir, spaBuildDir, viteCli } from './spa-build';

describe('the SPA build npm start runs', () => {
  it('finds the vite CLI of the workspace', () => {
    expect(viteCli()).toMatch(/node_modules\/vite\/bin\/vite\.js$/);
    expect(existsSync(viteCli())).toBe(true);
  });

  it('builds into build/web at the repository root', () => {
    expect(spaBuildDir).toMatch(/\/build\/web$/);
  });

  it.each([
    { env: {}, dir: undefined },
    { env: { BERTH_SPA_DIR: '' }, dir: undefined },
    { env: { BERTH_SPA_DIR: '  ' }, dir: undefined },
    { env: { BERTH_SPA_DIR: '/app/web' }, dir: '/app/web' },
  ])('serves the SPA an image ships when BERTH_SPA_DIR names it: $env', ({ env, dir }) => {
    expect(shippedSpaDir(env)).toBe(dir);
  });
});
