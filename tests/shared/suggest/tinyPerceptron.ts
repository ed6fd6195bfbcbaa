import { AveragedPerceptron } from '../../../src/shared/suggest';
import type { TagScheme } from '../../../src/shared/suggest/bioTags';

/**
 * A perceptron trained three steps on two tiny sentences ("Mike Pompeo said", "he met Mike")
 * with the gold tags given, and the features of a third ("Mike said met") to score.
 */
export function tinyPerceptron(
  tags: TagScheme,
  gold: readonly [readonly number[], readonly number[]],
): { p: AveragedPerceptron; ids: ReturnType<AveragedPerceptron['lookup']> } {
  const p = new AveragedPerceptron(tags);
  const a = p.intern([
    ['w=Mike', 'cap'],
    ['w=Pompeo', 'cap'],
    ['w=said', 'low'],
  ]);
  const b = p.intern([
    ['w=he', 'low'],
    ['w=met', 'low'],
    ['w=Mike', 'cap'],
  ]);
  p.allocate();
  for (let i = 0; i < 3; i++) {
    p.learn(a, gold[0]);
    p.learn(b, gold[1]);
  }
  p.average();
  const ids = p.lookup([
    ['w=Mike', 'cap'],
    ['w=said', 'cap'],
    ['w=met', 'low'],
  ]);
  return { p, ids };
}
