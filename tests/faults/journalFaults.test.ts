import { describe, it } from 'vitest';
import { journalChecks } from './support/journalChecks';

describe('layer journals: kills and a full disk at their own steps', () => {
  for (const check of journalChecks) it(check.name, { timeout: 60_000 }, () => check.run());
});
