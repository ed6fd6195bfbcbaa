/** A source file as text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** One forbidden import. */
export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

type Layer = 'shared' | 'node' | 'main' | 'preload' | 'renderer' | 'cli' | 'server';

const ALLOWED_LAYERS: Record<Layer, readonly Layer[]> = {
  shared: ['shared'],
  node: ['shared', 'node'],
  main: ['shared', 'node', 'main'],
  cli: ['shared', 'node', 'cli', 'server'],
  server: ['shared', 'node', 'server'],
  preload: ['preload', 'shared'],
  renderer: ['shared', 'renderer'],
};

/** Bare packages a layer may not import (prefix match). */
const FORBIDDEN_PACKAGES: Record<Layer, readonly string[]> = {
  shared: [
    'electron',
    'node:',
    'react',
    'react-dom',
    'lowdb',
    'steno',
    '@tiptap',
    '@radix-ui',
    'fs',
    'path',
    'os',
    'crypto',
    'child_process',
  ],
  node: ['electron', 'react', '@tiptap', '@radix-ui'],
  main: ['react', '@tiptap', '@radix-ui'],
  cli: ['electron', 'react', '@tiptap'],
  server: ['electron', 'react', '@tiptap'],
  preload: ['node:', 'react', 'lowdb', 'zod', '@tiptap'],
  renderer: ['electron', 'node:', 'lowdb', 'steno', 'fs', 'path', 'os', 'child_process', 'crypto'],
};

function layerOf(path: string): Layer | null {
  const match = /^src\/(shared|node|main|preload|renderer|cli|server)(\/|$)/.exec(path);
  return match ? (match[1] as Layer) : null;
}

const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function specifiers(text: string): string[] {
  return [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

function isTypeOnly(text: string, specifier: string): boolean {
  const escaped = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`import\\s+type\\s[^'"]*from\\s*['"]${escaped}['"]`).test(text);
}

function checkRelative(file: SourceFile, spec: string, target: string): string | null {
  const from = layerOf(file.path);
  const to = layerOf(target);
  if (!from || !to) return null;
  if (!ALLOWED_LAYERS[from].includes(to)) return `${from} may not import ${to}`;
  if (from === 'preload' && to === 'shared' && !target.startsWith('src/shared/contract/'))
    return 'preload may import only shared/contract';
  const feature = (p: string) => /^src\/renderer\/src\/features\/([^/]+)\/(.*)$/.exec(p);
  const a = feature(file.path);
  const b = feature(target);
  if (a && b && a[1] !== b[1] && !/^index(\.tsx?)?$/.test(b[2] as string))
    return 'a feature imports another only through its index.ts';
  const format = (p: string) => /^src\/shared\/formats\/([^/]+)\//.exec(p)?.[1];
  const fa = format(file.path);
  const fb = format(target);
  if (
    fa &&
    fb &&
    fa !== fb &&
    fa !== 'common' &&
    fb !== 'common' &&
    !file.path.endsWith('registry.ts')
  )
    return 'formats never import each other';
  void spec;
  return null;
}

/** Every import in `files` that crosses a line STYLE.md forbids. */
export function findViolations(
  files: readonly SourceFile[],
  resolveIn: (from: string, spec: string) => string,
): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    for (const spec of specifiers(file.text)) {
      let rule: string | null = null;
      if (spec.startsWith('.')) {
        rule = checkRelative(file, spec, resolveIn(file.path, spec));
      } else if (
        FORBIDDEN_PACKAGES[layer].some(
          (p) => spec === p || spec.startsWith(p.endsWith(':') ? p : `${p}/`),
        )
      ) {
        if (!(layer === 'main' && isTypeOnly(file.text, spec)))
          rule = `${layer} may not import ${spec}`;
      } else if (spec === 'electron' && layer === 'main' && !isTypeOnly(file.text, spec)) {
        const bootstrap = /^src\/main\/(index|window|menu)\.ts$/.test(file.path);
        if (!bootstrap)
          rule = "only the bootstrap files import 'electron' (others use import type)";
      }
      if (rule) violations.push({ file: file.path, specifier: spec, rule });
    }
  }
  return violations;
}
