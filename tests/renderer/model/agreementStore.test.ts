import { describe, expect, it } from 'vitest';
import { AgreementStore } from '../../../src/renderer/src/model/agreementStore';
import { NotificationsStore } from '../../../src/renderer/src/model/notificationsStore';
import type { AgreementReport } from '../../../src/shared/contract';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { documentSummary, projectInfo } from '../helpers/modelData';

/**
 * A stand-in report that says only which pair it answers: the store passes reports through
 * untouched, so their figures do not matter here (the fake transport does not validate).
 */
function report(annotators: string[]): AgreementReport {
  return { annotators } as unknown as AgreementReport;
}

describe('AgreementStore', () => {
  it('compares the first two annotators, gold left out', async () => {
    const fake = fakeWorkbench({
      getProject: () => projectInfo({ annotators: ['amira', 'gold', 'omar'] }),
      listDocuments: () => [documentSummary('d1')],
      agreement: ({ annotators }) => report(annotators),
    });
    const agreement = new AgreementStore(fake.client, new NotificationsStore());
    await agreement.load();
    expect(agreement.snapshot.annotators).toEqual(['amira', 'omar']);
    expect(agreement.snapshot.pair).toEqual(['amira', 'omar']);
    expect(agreement.snapshot.result).toEqual(report(['amira', 'omar']));
  });

  it('drops an answer to an older question', async () => {
    const answers: ((value: AgreementReport) => void)[] = [];
    const fake = fakeWorkbench({
      getProject: () => projectInfo({ annotators: ['amira', 'omar', 'lea'] }),
      listDocuments: () => [],
      agreement: () => new Promise<AgreementReport>((resolve) => answers.push(resolve)),
    });
    const agreement = new AgreementStore(fake.client, new NotificationsStore());
    const loading = agreement.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    agreement.choose(1, 'lea');
    await new Promise((resolve) => setTimeout(resolve, 0));
    answers[1]?.(report(['amira', 'lea']));
    answers[0]?.(report(['amira', 'omar']));
    await loading;
    expect(agreement.snapshot.result).toEqual(report(['amira', 'lea']));
  });

  it('shows no figures for one annotator against itself', async () => {
    const fake = fakeWorkbench({
      getProject: () => projectInfo({ annotators: ['amira', 'omar'] }),
      listDocuments: () => [],
      agreement: ({ annotators }) => report(annotators),
    });
    const agreement = new AgreementStore(fake.client, new NotificationsStore());
    await agreement.load();
    agreement.choose(1, 'amira');
    expect(agreement.snapshot.result).toBeNull();
  });
});
