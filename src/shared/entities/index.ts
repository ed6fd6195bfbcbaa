export { normalizeName, nameSkeleton } from './nameKey';
export { nameSimilarity, jaroWinkler } from './nameSimilarity';
export { rankEntities, type EntityCandidate } from './rankEntities';
