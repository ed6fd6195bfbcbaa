export { readXmiFiles, type ZippedTsvReader } from './read';
export { writeXmi } from './write';
export { isInceptionZip, isTypeSystem } from './inceptionZip';
