export * from './averagedPerceptron';
export * from './bioTags';
export * from './gazetteer';
export * from './seededRandom';
export * from './sequenceLabeller';
export * from './tokenFeatures';
export * from './tokenSequence';
export * from './suggestionScores';
