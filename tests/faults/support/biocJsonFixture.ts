import type { FormatBundle, FormatFile } from '../../../src/shared/formats';

/**
 * A bundle as BioC JSON the way the `bioc` package's encoder writes a collection (one passage
 * a document, annotations with locations in code points, relations of two nodes), so the
 * fuzz damages BioC JSON as well as the XML the BioC writer gives.
 * @example biocJsonFixture(bundle) → [{ path: 'collection.json', content: '{\n  "source": "Loupe", …' }]
 */
export function biocJsonFixture(bundle: FormatBundle): FormatFile[] {
  const documents = bundle.documents.map((doc) => {
    const chars = Array.from(doc.text);
    const annotations = doc.spans.map((span, i) => ({
      id: span.id ?? `a${i + 1}`,
      infons: { type: span.label, ...span.attributes },
      text: span.fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' '),
      locations: span.fragments.map((f) => ({ offset: f.start, length: f.end - f.start })),
    }));
    const relations = doc.relations.map((r, i) => ({
      id: r.id ?? `r${i + 1}`,
      infons: { type: r.type },
      nodes: [
        { refid: r.from, role: r.fromRole ?? '' },
        { refid: r.to, role: r.toRole ?? '' },
      ],
    }));
    return {
      id: doc.name,
      infons: {},
      passages: [
        { offset: 0, infons: {}, text: doc.text, sentences: [], annotations, relations: [] },
      ],
      annotations: [],
      relations,
    };
  });
  const collection = { source: 'Loupe', date: '', key: '', infons: {}, documents };
  return [{ path: 'collection.json', content: JSON.stringify(collection, null, 2) }];
}
