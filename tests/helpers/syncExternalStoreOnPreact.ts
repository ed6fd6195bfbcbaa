import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import * as compat from 'preact/compat';

// TipTap's React bindings import use-sync-external-store's shims, CommonJS files that Node loads
// with its own `require('react')`: in the unit tests they would call React while the components
// render with Preact. The window's bundle gives them Preact's compatibility layer; here the same
// published files run with `react` as that layer too.

// The package's `exports` name only its entries; its built files are beside them.
const built = join(
  dirname(createRequire(import.meta.url).resolve('use-sync-external-store/shim')),
  '../cjs/use-sync-external-store-shim',
);

function load(file: string, modules: Record<string, unknown>): Record<string, unknown> {
  const module = { exports: {} };
  const source = readFileSync(join(built, file), 'utf8');
  const run = compileFunction(source, ['module', 'exports', 'require']);
  run(module, module.exports, (name: string) => modules[name]);
  return module.exports;
}

const shim = load('../use-sync-external-store-shim.production.js', {
  react: compat,
});
const withSelector = load('with-selector.production.js', {
  react: compat,
  'use-sync-external-store/shim': shim,
});

export const useSyncExternalStore = shim.useSyncExternalStore;
export const useSyncExternalStoreWithSelector = withSelector.useSyncExternalStoreWithSelector;
