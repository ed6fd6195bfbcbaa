import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import darkThemeClass from 'postcss-dark-theme-class';
import type { Alias, CSSOptions, HtmlTagDescriptor, Plugin, PluginOption, Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;

/**
 * Which modules of the renderer's bundle run for their effects when nothing of them is used.
 * `src/shared` is pure by rule (no DOM, no globals): a module of it whose exports the window
 * does not use is dropped, so importing one function from a folder's index.ts does not bring
 * every schema of that folder (and zod) into the first frame's bundle. Everything else keeps
 * the bundler's default (CSS, and packages as their package.json declares).
 */
function moduleSideEffects(id: string, external: boolean): boolean | undefined {
  if (external) return true;
  return /[\\/]src[\\/]shared[\\/]/.test(id) ? false : undefined;
}

/** How the renderer's bundle is tree-shaken (both renderer builds use this). */
export const rendererTreeshake = { moduleSideEffects };

/**
 * No module-preload polyfill: Chromium (Electron's and `loupe serve`'s browsers) preloads
 * modules itself, and the polyfill was 700 of the entry's bytes, which run before the app.
 */
export const rendererModulePreload = { polyfill: false } as const;

/**
 * The stylesheets' dark theme is written once, as `@media (prefers-color-scheme: dark)`;
 * postcss-dark-theme-class makes it also apply under `<html data-theme="dark">` (the user's
 * choice) and keeps the media query for a page without a choice, unless it says
 * `data-theme="light"`. So the page follows the system's theme when no one chose, before any
 * script runs and with scripts turned off, and the user's choice when `loupe serve` wrote it
 * (both renderer builds use this).
 */
export const rendererCss: CSSOptions = {
  postcss: {
    plugins: [
      darkThemeClass({
        darkSelector: "[data-theme='dark']",
        lightSelector: "[data-theme='light']",
        rootSelector: ':root',
        useWhere: false,
      }),
    ],
  },
};

/**
 * `zod` in the window is zod made jitless first: the CSP refuses eval, and zod decides when
 * a schema is built whether to compile parsers with `new Function`. Schemas load with the
 * views that use them (not with the first frame), so the setting travels with zod itself.
 */
export const rendererAliases: Alias[] = [
  { find: /^zod$/, replacement: resolve(import.meta.dirname, 'src/renderer/src/zodJitless.ts') },
  ...preactAliases(),
];

/**
 * React in the window is Preact's compatibility layer: the same components and hooks, about a
 * tenth of React DOM's code, so less machine code and fewer closures alive once a document is
 * open. Packages that import React (TipTap, Radix UI, Recharts) get it too.
 */
export function preactAliases(): Alias[] {
  return [
    { find: /^react$/, replacement: 'preact/compat' },
    { find: /^react-dom$/, replacement: 'preact/compat' },
    // Recharts tells fragments apart with react-is, which knows only React's elements.
    { find: /^react-is$/, replacement: 'preact/compat' },
    { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
    { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
    { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  ];
}

/**
 * The page's entry (`boot.ts`) paints the first document and then imports the app
 * (`main.tsx`). This adds `<link rel="modulepreload">` for the app's chunk and the chunks it
 * imports (and `<link rel="stylesheet">` for their CSS), so they download beside the entry
 * instead of after the first paint; a modulepreload fetches and compiles but does not run.
 * They ask at low priority, so the 4 KB entry (which holds keys for the app) is not slowed by
 * the 700 KB app on a busy host: with the style sheet in the page, the first screen is painted
 * before the entry has run (median 24 ms at 1 KB, 57 ms when the app asked at high priority).
 */
export function preloadAppChunk(): Plugin {
  return {
    name: 'loupe-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = new Map<string, OutputChunk>();
        for (const item of Object.values(bundle))
          if (item.type === 'chunk') chunks.set(item.fileName, item);
        const app = [...chunks.values()].find((c) =>
          /[\\/]src[\\/]main\.tsx$/.test(c.facadeModuleId ?? ''),
        );
        if (!app) return [];
        const loaded = new Set<string>();
        const visit = (chunk: OutputChunk | undefined, into: Set<string>): void => {
          if (!chunk || into.has(chunk.fileName)) return;
          into.add(chunk.fileName);
          for (const name of chunk.imports) visit(chunks.get(name), into);
        };
        visit(context.chunk, loaded);
        const wanted = new Set<string>();
        visit(app, wanted);
        const tags: HtmlTagDescriptor[] = [];
        for (const name of wanted) {
          if (loaded.has(name)) continue;
          const attrs = {
            rel: 'modulepreload',
            crossorigin: true,
            fetchpriority: 'low',
            href: `./${name}`,
          };
          tags.push({ tag: 'link', attrs, injectTo: 'head' });
          for (const css of chunks.get(name)?.viteMetadata?.importedCss ?? [])
            tags.push({
              tag: 'link',
              attrs: { rel: 'stylesheet', href: `./${css}` },
              injectTo: 'head',
            });
        }
        return tags;
      },
    },
  };
}

/** `<link rel="stylesheet" … href="./assets/<file>.css">` as Vite writes it into the built page. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

/**
 * The page with each style sheet it links from the bundle written in as a `<style>` (a link
 * to a file `sheetSource` does not know stays). A sheet holding `</style` would end the
 * element early: refused.
 * @example withInlineStylesheets('<link rel="stylesheet" href="./assets/a.css">', () => 'p{}') // '<style>p{}</style>'
 */
export function withInlineStylesheets(
  html: string,
  sheetSource: (fileName: string) => string | null,
): string {
  return html.replace(STYLESHEET_LINK, (link: string, fileName: string) => {
    const css = sheetSource(fileName);
    if (css === null) return link;
    if (/<\/style/i.test(css)) throw new Error(`${fileName} holds "</style": cannot inline it`);
    return `<style>${css}</style>`;
  });
}

/**
 * Writes the page's one style sheet into its head as a `<style>` (the CSP allows inline
 * styles, not inline scripts): the first screen is painted as soon as the page is parsed,
 * instead of after a request for the sheet, which on a busy host arrived 20–70 ms after the
 * page. The sheet stays in `assets/` too.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'loupe-inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheetSource = (fileName: string): string | null => {
        const sheet = bundle[fileName];
        return sheet?.type === 'asset' ? String(sheet.source) : null;
      };
      for (const page of Object.values(bundle))
        if (page.type === 'asset' && page.fileName.endsWith('.html'))
          page.source = withInlineStylesheets(String(page.source), sheetSource);
    },
  };
}

/** The renderer's plugins, the same in the desktop build and the one `loupe serve` serves. */
export function rendererPlugins(): PluginOption[] {
  return [react(), preloadAppChunk(), inlineStylesheet()];
}
