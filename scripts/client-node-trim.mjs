// esbuild plugins that keep what the BFF never runs of @kubernetes/client-node out of its bundle (build/bff/main.mjs).
// Its index pulls in every generated API class and model (about 1.7 MB of JavaScript, 12 MB of RSS once loaded);
// the BFF uses its KubeConfig, Watch, ListWatch and request plumbing (apps/bff/src/kube/kube-request.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const clientNodeDir = `${path.sep}node_modules${path.sep}@kubernetes${path.sep}client-node${path.sep}`;

/**
 * client-node's modules only define things, except index.js's polyfill of the `File` global (Node 24 has it), so
 * modules whose exports nothing uses may be dropped whole: esbuild keeps a module with side effects even when unused.
 */
export const clientNodeWithoutSideEffects = {
  name: 'client-node-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^(@kubernetes\/client-node($|\/)|\.)/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const fromClientNode = args.path.startsWith('@kubernetes/') || args.importer.includes(clientNodeDir);
      if (!fromClientNode) return undefined;
      const resolved = await build.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length > 0 || !resolved.path.includes(clientNodeDir)) return undefined;
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * ListWatch (cache.js) imports client-node's ObjectSerializer, which holds every model class, only to pass its label and
 * field selectors through `serialize(selector, 'string')`, which answers a string as it is. The bundle gets that
 * identity instead; the build fails if cache.js ever asks the serializer for anything else.
 */
export const listWatchWithoutModels = {
  name: 'list-watch-without-models',
  setup(build) {
    build.onResolve({ filter: /^\.\/serializer\.js$/ }, (args) => {
      if (!args.importer.endsWith(`${clientNodeDir}dist${path.sep}cache.js`)) return undefined;
      const uses = readFileSync(args.importer, 'utf8').match(/ObjectSerializer\.[^\n]*/g) ?? [];
      const unexpected = uses.filter((use) => !/^ObjectSerializer\.serialize\(this\.\w+, 'string'\);$/.test(use));
      if (unexpected.length > 0) {
        return {
          errors: [
            { text: `client-node's cache.js uses its ObjectSerializer for more than strings: ${unexpected[0]}` },
          ],
        };
      }
      return { path: 'string-serializer', namespace: 'list-watch-without-models' };
    });
    build.onLoad({ filter: /.*/, namespace: 'list-watch-without-models' }, () => ({
      contents:
        "export const ObjectSerializer = { serialize: (value, type) => { if (type !== 'string') throw new Error(`cannot serialize ${type}`); return value; } };",
      loader: 'js',
    }));
  },
};
