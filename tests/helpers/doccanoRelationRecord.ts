/** The text of {@link DOCCANO_RELATION_RECORD}. */
export const RELATION_TEXT = 'Alice met Bob in Paris.';

/** A doccano relation project's record, as doccano 1.x exports it: entities with ids, relations between them. */
export const DOCCANO_RELATION_RECORD = {
  id: 7,
  text: RELATION_TEXT,
  entities: [
    { id: 1, label: 'PERSON', start_offset: 0, end_offset: 5 },
    { id: 2, label: 'PERSON', start_offset: 10, end_offset: 13 },
    { id: 3, label: 'GPE', start_offset: 17, end_offset: 22 },
  ],
  relations: [
    { id: 1, from_id: 1, to_id: 2, type: 'KNOWS' },
    { id: 2, from_id: 2, to_id: 3, type: 'IN' },
  ],
};
