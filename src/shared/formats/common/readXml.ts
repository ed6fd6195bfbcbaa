import { SaxesParser } from 'saxes';
import type { ErrorCollector } from './errorCollector';
import type { FormatFile } from './format';

/** The parser `readXml` runs: it knows each event's line and offset. */
export type XmlParser = SaxesParser<{ position: true }>;

/** What `readXml` hands the reader's handlers. */
export interface XmlRun {
  readonly parser: XmlParser;
  /** Records `reason` at the parser's line and stops the parse: the first problem is the one to mend. */
  stop(reason: string): never;
}

/** Thrown from a handler to stop the parser. */
const STOP = new Error('stop');

/** A parser's message without its `file:line:column: ` head (the line is the collector's). */
function reasonOf(error: unknown): string {
  const reason =
    error instanceof Error ? error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') : String(error);
  return /^undefined entity/.test(reason)
    ? `${reason.replace(/\.$/, '')}: ${ENTITIES_READ}`
    : reason;
}

/** What an undefined entity's message adds: which entities are read, and what to do. */
const ENTITIES_READ =
  "only XML's own five (&amp; &lt; &gt; &quot; &apos;) and character references (&#233;) are read; " +
  'entities a DOCTYPE declares are never expanded, so write their text in their place';

/**
 * Runs a conforming XML parser over `file` with the handlers `setup` registers, and stops at
 * the first problem: the file not well-formed (a lone surrogate at its end included, which the
 * parser throws on), or one a handler stops on. That problem goes to `errors` with its line;
 * 100 000 unclosed tags make one error, not 100 000.
 * @returns whether the whole file was read
 * @example readXml(file, errors, ({ parser }) => parser.on('opentag', (t) => names.push(t.name)))
 */
export function readXml(
  file: FormatFile,
  errors: ErrorCollector,
  setup: (run: XmlRun) => void,
): boolean {
  const parser: XmlParser = new SaxesParser({ position: true });
  let stopped = false;
  const stop = (reason: string): never => {
    if (!stopped) errors.add(file.path, parser.line, reason);
    stopped = true;
    throw STOP;
  };
  parser.on('error', (error) => stop(`not well-formed XML: ${reasonOf(error)}`));
  setup({ parser, stop });
  try {
    parser.write(file.content).close();
  } catch (error) {
    if (error !== STOP) {
      errors.add(file.path, parser.line, `not well-formed XML: ${reasonOf(error)}`);
      stopped = true;
    }
  }
  return !stopped;
}
