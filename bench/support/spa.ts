// The SPA's production build in build/web, rebuilt with `vite build` when its sources are newer, as `npm start` does.
import { ensureSpaBuilt as buildSpaWhenStale } from '../../scripts/spa-build.mjs';

export function ensureSpaBuilt(): void {
  buildSpaWhenStale((line) => console.error(`[bench] ${line}`));
}
