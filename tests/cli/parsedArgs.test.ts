import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError';
import { parseCommandArgs } from '../../src/cli/parsedArgs';

describe('parseCommandArgs', () => {
  it('gives an option missing its value as a usage error on one line', () => {
    let caught: unknown;
    try {
      parseCommandArgs(['--annotator', '--out', 'x']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    const error = caught as CliError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain("Option '--annotator' argument is ambiguous.");
    expect(error.message).toContain("use '--annotator=-XYZ'");
    expect(error.message).not.toContain('\n');
  });
});
