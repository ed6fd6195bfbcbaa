/**
 * A UIMA type's short name, as INCEpTION shows a layer: its name after the last dot.
 * @example shortName('webanno.custom.Span') === 'Span'
 */
export function shortName(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1) || type;
}
