/**
 * What a screen reader hears once a span's entity link is saved: the span, and the entity it
 * now names (or no longer names).
 * @example linkSaid({ label: 'PERSON', text: 'Pompeo' }, { name: 'Mike Pompeo', isNew: false }) // 'Linked PERSON “Pompeo” to Mike Pompeo'
 */
export function linkSaid(
  span: { readonly label: string; readonly text: string },
  link:
    { readonly name: string; readonly isNew: boolean } | { readonly unlinkedFrom: string | null },
): string {
  const mention = `${span.label} “${span.text}”`;
  if ('unlinkedFrom' in link)
    return link.unlinkedFrom
      ? `Unlinked ${mention} from ${link.unlinkedFrom}`
      : `Unlinked ${mention}`;
  return `Linked ${mention} to ${link.isNew ? 'a new entity, ' : ''}${link.name}`;
}
