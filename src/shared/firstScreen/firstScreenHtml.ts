import { countOf } from '../text/countOf';
import { escapeHtml } from './escapeHtml';
import type { FirstScreenContent } from './firstScreenContent';
import { readingHtml } from './readingHtml';
import { labelRules } from '../spanLook';

/** The page's element that says it holds the first screen until the app takes its place. */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-paint';

const DISABLED = 'type="button" disabled=""';

/** The toolbar as `WorkspaceToolbar` draws it, its buttons not yet working. */
function toolbarHtml(content: FirstScreenContent): string {
  const { title, fileName, spans, stanceCount, done } = content;
  const file = fileName ? `<span class="lp-doc-file lp-muted">${escapeHtml(fileName)}</span>` : '';
  const counts = `${countOf(spans.length, 'span')} · ${countOf(stanceCount, 'stance')}`;
  return (
    `<div class="lp-toolbar"><div class="lp-doc-heading">` +
    `<h1 class="lp-doc-title" title="${escapeHtml(title)}">${escapeHtml(title)}</h1>${file}` +
    `<button ${DISABLED} class="lp-button lp-button--small">Edit</button></div>` +
    `<span class="lp-muted">${counts}</span>` +
    `<span class="lp-suggest"><button ${DISABLED} class="lp-button">Suggest</button></span>` +
    `<button ${DISABLED} class="lp-button${done ? ' is-on' : ''}">${done ? '✓ Done' : 'Mark done'}</button></div>`
  );
}

/** The label legend as `LabelLegend` draws it. */
function legendHtml(content: FirstScreenContent): string {
  const counts = new Map<string, number>();
  for (const span of content.spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  const chips = content.labels.map((label) => {
    const style = content.styles[label.name];
    const color = escapeHtml(`--lp-color: ${style?.color ?? '#888888'}`);
    const key = style?.key ? `<kbd aria-hidden="true">${escapeHtml(style.key)}</kbd>` : '';
    return (
      `<li class="lp-chip lp-chip--static" style="${color}">${key}` +
      `<span>${escapeHtml(label.name)}</span>` +
      `<span class="lp-chip__count">${counts.get(label.name) ?? 0}</span></li>`
    );
  });
  return `<ul class="lp-legend" aria-hidden="true">${chips.join('')}</ul>`;
}

/**
 * The window's first screen as HTML, for the loopback host to write into the page it serves:
 * the frame as the app lays it out (header, panels, toolbar, legend) and the reading view's
 * text with every span drawn, read-only, in the DOM shape and classes ProseMirror gives the
 * reading view, so the browser paints it before any script runs and the app's first render
 * replaces it without moving the text; before it, the labels' style sheet (`labelRules`). Every piece of document text, label and name is
 * escaped (`escapeHtml`); no whitespace between elements, as the DOM the app builds has none.
 */
export function firstScreenHtml(content: FirstScreenContent): string {
  const reading =
    `<div class="ProseMirror tiptap" contenteditable="false" translate="no" role="document"` +
    ` aria-label="Document text" spellcheck="false" data-spans="drawn">` +
    `${readingHtml(content.text, content.spans)}</div>`;
  const labels = new Set(content.spans.map((span) => span.label));
  return (
    `<style>${labelRules(content.styles, labels)}</style>` +
    `<div class="lp-app" ${FIRST_SCREEN_ATTRIBUTE}="" aria-busy="true">` +
    `<header class="lp-header"><span class="lp-brand">Loupe</span></header>` +
    `<nav class="lp-side" aria-label="Documents (opening)"></nav>` +
    `<main class="lp-main" data-region="text">${toolbarHtml(content)}${legendHtml(content)}` +
    `<article class="lp-page"><div class="lp-reading">${reading}</div></article></main>` +
    `<aside class="lp-inspector" aria-label="Inspector (opening)"></aside></div>`
  );
}
