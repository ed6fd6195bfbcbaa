export { readXmiFiles, type ZippedTsvReader } from './read';
export { writeXmi } from './write';
export { inceptionZipProblem, isInceptionListing, isInceptionZip } from './inceptionZip';
export { isTypeSystem } from './zipNames';
