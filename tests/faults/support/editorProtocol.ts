import type { EditResult } from '../../../src/shared/contract';
import type { DocumentStatus, Span } from '../../../src/shared/model';

/** An edit the editor child is about to send; printed before the call so the parent knows what may be in flight. */
export type EditIntent =
  | {
      readonly op: 'add';
      readonly documentId: string;
      readonly label: string;
      readonly fragments: Span['fragments'];
      readonly note?: string;
    }
  | {
      readonly op: 'update';
      readonly documentId: string;
      readonly spanId: string;
      readonly label?: string;
      readonly note?: string;
    }
  | { readonly op: 'delete'; readonly documentId: string; readonly spanId: string }
  | { readonly op: 'status'; readonly documentId: string; readonly status: DocumentStatus }
  | { readonly op: 'undo' };

/** One stdout line of the editor child. `ack` is printed only after the API promise resolved. */
export type EditorLine =
  | { readonly t: 'loaded' }
  | { readonly t: 'ready' }
  | { readonly t: 'intent'; readonly intent: EditIntent }
  | { readonly t: 'ack'; readonly result: EditResult | null }
  | { readonly t: 'error'; readonly message: string };

export function formatLine(line: EditorLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** Complete lines of a child's output; a torn last line (killed mid-write) is dropped: it was never acknowledged. */
export function parseLines(output: string): EditorLine[] {
  const complete = output.endsWith('\n') ? output : output.slice(0, output.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as EditorLine);
}
