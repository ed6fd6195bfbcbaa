/** The adjudicated layer's annotator name. @example layerPath(documentId, GOLD) */
export const GOLD = 'gold';
