import { readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Gives every source module its own `import.meta.url`, `dirname` and `filename` inside the
 * bundle, so code that finds files beside itself (the CLI's app root, the suggest worker's
 * entry) finds them where it would running from source.
 */
function keepModuleLocations(): Plugin {
  return {
    name: 'keep-module-locations',
    setup(plugin) {
      plugin.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
        if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * Compiles a TypeScript entry (the CLI, a test's child program) into one ES module with
 * esbuild, the compiler tsx runs on every start: a child started from the bundle runs the
 * same code without compiling and resolving hundreds of modules first (5× less CPU to start).
 * Packages are bundled as well. Written beside `outfile` and renamed over it, so a run reading
 * the bundle never sees another's half-written one, and a hard-linked copy of the folder (a
 * second checkout sharing node_modules) keeps its own.
 * @example await bundleEntry('src/cli/index.ts', '/tmp/run/loupe.mjs')
 */
export async function bundleEntry(entry: string, outfile: string): Promise<void> {
  const written = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: written,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages go in too: Node then reads, resolves and compiles one file, not some hundreds
    // (zod's modules, CommonJS packages scanned for their exports). Vite stays a package: the
    // CLI imports it only to build the window once.
    external: ['vite'],
    // Bundled CommonJS packages call `require` (of Node's modules and of their own files).
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
    },
    logLevel: 'error',
    plugins: [keepModuleLocations()],
  });
  await rename(written, outfile);
}
