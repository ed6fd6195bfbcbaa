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

  it('reads annotator names composed (NFC), as a decomposed name pasted from macOS means the same person', () => {
    const args = parseCommandArgs([
      '--annotator',
      'ami\u0301ra',
      '--annotators',
      'ami\u0301ra,bo',
      '--from',
      'Jose\u0301',
      '--as',
      'mode\u0300le',
      '--message',
      'e\u0301',
    ]);
    expect(args.string('annotator')).toBe('amíra');
    expect(args.string('annotators')).toBe('amíra,bo');
    expect(args.string('from')).toBe('José');
    expect(args.string('as')).toBe('modèle');
    expect(args.string('message')).toBe('e\u0301');
  });
});
