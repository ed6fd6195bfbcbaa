import { constants, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import {
  link,
  open,
  type FileHandle,
  readdir,
  readFile,
  readlink,
  rename,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  appendJournal,
  appendJournalRecord,
  closeJournals,
  removeJournal,
} from '../../../src/node/store/layerJournal';
import {
  decodeJournal,
  encodeJournalRecord,
  lastJournalSeq,
  MAX_JOURNAL_RECORD_BYTES,
} from '../../../src/node/store/journalRecords';
import type { LayerEdit } from '../../../src/node/store/layerEdit';
import { span } from '../../helpers/span';
import { tempDir } from '../../helpers/tempProject';

function statusEdit(status: string): LayerEdit {
  return { lists: {}, set: { status } };
}

function journalOf(...seqs: number[]): Buffer {
  return Buffer.concat(seqs.map((seq) => encodeJournalRecord({ seq, edit: statusEdit('done') })));
}

describe('layer journal records', () => {
  it('checksums with CRC-32 as zlib and ISO-HDLC define it (check value of "123456789" is cbf43926)', () => {
    expect(crc32('123456789').toString(16)).toBe('cbf43926');
    const line = encodeJournalRecord({ seq: 3, edit: statusEdit('done') }).toString('utf8');
    const [json, sum] = line.trimEnd().split('\t');
    expect(json).toBe('{"seq":3,"set":{"status":"done"}}');
    expect(sum).toBe(crc32(json!).toString(16).padStart(8, '0'));
  });

  it('round-trips puts at indexes and removes', () => {
    const edit: LayerEdit = {
      lists: { spans: { put: [{ at: 2, item: span(0, 4) }], remove: ['s_gone'] } },
      set: { updatedAt: '2026-01-02T00:00:00.000Z' },
    };
    const bytes = encodeJournalRecord({ seq: 1, edit });
    const read = decodeJournal(bytes, 'j');
    expect(read.records).toEqual([{ seq: 1, edit }]);
    expect(read.goodLength).toBe(bytes.length);
    expect(read.droppedTail).toBe(false);
  });

  it('drops a torn last record (no newline): it was never acknowledged', () => {
    const whole = journalOf(1, 2);
    const torn = Buffer.concat([whole, journalOf(3).subarray(0, 10)]);
    const read = decodeJournal(torn, 'j');
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.goodLength).toBe(whole.length);
    expect(read.droppedTail).toBe(true);
  });

  it('drops a last record whose checksum fails', () => {
    const good = journalOf(1);
    const bad = journalOf(2);
    bad[5] = bad[5] === 0x31 ? 0x32 : 0x31;
    const read = decodeJournal(Buffer.concat([good, bad]), 'j');
    expect(read.records.map((r) => r.seq)).toEqual([1]);
    expect(read.droppedTail).toBe(true);
  });

  it('refuses a damaged record before the last, naming file and line', () => {
    const first = journalOf(1);
    first.writeUInt8(first.readUInt8(first.length - 3) ^ 1, first.length - 3); // one checksum digit
    expect(() =>
      decodeJournal(Buffer.concat([first, journalOf(2)]), 'annotations/a/d.journal.jsonl'),
    ).toThrow(/d\.journal\.jsonl:1: a journal record before the last one is damaged/);
  });

  it('refuses a last "record" no append could have left: NUL bytes before others, control bytes, too long, not begun as a record', () => {
    const whole = journalOf(1, 2);
    const tails: Record<string, [Buffer, RegExp]> = {
      'NUL bytes, then a record': [
        Buffer.concat([Buffer.alloc(64), journalOf(3)]),
        /they hold NUL bytes before other bytes/,
      ],
      'a journal of zeros longer than any record': [
        Buffer.alloc(MAX_JOURNAL_RECORD_BYTES + 1),
        /they are longer than any record can be/,
      ],
      'control bytes': [Buffer.from('{"seq":3,\u0001'), /they hold control bytes/],
      'longer than any record': [
        Buffer.concat([
          Buffer.from('{"seq":3,"set":{"note":"'),
          Buffer.alloc(MAX_JOURNAL_RECORD_BYTES, 0x61),
        ]),
        /they are longer than any record can be/,
      ],
      'text that is no record': [Buffer.from('hello, world'), /they do not begin as a record does/],
      'an empty line': [Buffer.from('\n'), /they do not begin as a record does/],
    };
    for (const [name, [tail, reason]] of Object.entries(tails)) {
      const decode = () =>
        decodeJournal(Buffer.concat([whole, tail]), 'annotations/a/d.journal.jsonl');
      expect(decode, name).toThrow(
        new RegExp(
          `^annotations/a/d\\.journal\\.jsonl:3: ends in ${tail.length} bytes that are no record Loupe writes \\(${reason.source}.*cut it to its first ${whole.length} bytes`,
        ),
      );
    }
    // Without one whole record before it, the same.
    expect(() => decodeJournal(Buffer.from('hello'), 'j')).toThrow(/^j:1: ends in 5 bytes /);
  });

  it('drops the zeros a power cut can leave where an append had grown the file: alone or after a torn start', () => {
    const whole = journalOf(1, 2);
    const next = journalOf(3);
    for (const tail of [
      Buffer.alloc(next.length),
      Buffer.concat([next.subarray(0, 10), Buffer.alloc(next.length - 10)]),
    ]) {
      const read = decodeJournal(Buffer.concat([whole, tail]), 'j');
      expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
      expect(read).toMatchObject({ goodLength: whole.length, droppedTail: true });
    }
    expect(decodeJournal(Buffer.alloc(200), 'j')).toMatchObject({ records: [], goodLength: 0 });
  });

  it('still drops the torn records an interrupted append leaves: any prefix of a record, with or without its newline', () => {
    const whole = journalOf(1, 2);
    const next = journalOf(3);
    for (let cut = 1; cut <= next.length; cut++) {
      const torn = next.subarray(0, cut);
      // Whole, but one checksum digit off: its append is taken as unfinished too.
      if (cut === next.length) torn.writeUInt8(torn.readUInt8(cut - 3) ^ 1, cut - 3);
      const read = decodeJournal(Buffer.concat([whole, torn]), 'j');
      expect(
        read.records.map((r) => r.seq),
        `cut at ${cut}`,
      ).toEqual([1, 2]);
      expect(read.droppedTail).toBe(true);
    }
  });

  it('refuses sequence numbers that skip', () => {
    expect(() => decodeJournal(journalOf(1, 3), 'j')).toThrow(/j:2: journal record 3 follows 1/);
  });
});

describe('lastJournalSeq', () => {
  it('finds the highest record number whatever key a record begins with ({"events", {"relations")', () => {
    const relation = { id: 'r1', label: 'rel', from: 's1', to: 's2' };
    const edits: LayerEdit[] = [
      statusEdit('in_progress'),
      { lists: { relations: { put: [{ at: 0, item: relation }], remove: [] } }, set: {} },
      { lists: { events: { put: [], remove: ['e1'] } }, set: {} },
    ];
    const lines = edits.map((edit, i) => encodeJournalRecord({ seq: i + 1, edit }));
    expect(lines[1]?.toString('utf8')).toMatch(/^\{"relations"/);
    expect(lines[2]?.toString('utf8')).toMatch(/^\{"events"/);
    const journal = Buffer.concat(lines);
    expect(decodeJournal(journal, 'j').records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(lastJournalSeq(journal)).toBe(3);
    expect(lastJournalSeq(Buffer.concat(lines.slice(0, 2)))).toBe(2);
    // A damaged line still counts, as the seq it spells.
    const damaged = Buffer.concat([lines[0]!, Buffer.from('{"relations":{"put":[]},"seq":7,"se')]);
    expect(lastJournalSeq(damaged)).toBe(7);
  });
});

describe('appendJournal', () => {
  it('appends after the last whole record, cutting off a torn tail', async () => {
    const path = join(tempDir(), 'd.journal.jsonl');
    const one = journalOf(1);
    await writeFile(path, Buffer.concat([one, Buffer.from('{"seq":2,"se')]));
    const length = await appendJournal(path, journalOf(2), one.length);
    const bytes = await readFile(path);
    expect(length).toBe(bytes.length);
    expect(decodeJournal(bytes, 'j').records.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('appends to the file the path names now when another program replaced the journal', async () => {
    const dir = tempDir();
    const path = join(dir, 'd.journal.jsonl');
    const first = await appendJournal(path, journalOf(1), 0);
    // A sync or a restore puts another file in its place (write beside, rename over).
    const replacement = journalOf(1, 2);
    await writeFile(join(dir, 'beside'), replacement);
    await rename(join(dir, 'beside'), path);
    expect(first).toBeLessThan(replacement.length);
    const length = await appendJournal(path, journalOf(3), replacement.length);
    const bytes = await readFile(path);
    expect(length).toBe(bytes.length);
    expect(decodeJournal(bytes, 'j').records.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('writes nothing into a journal with another hard link, nor through a link at its name', async () => {
    const dir = tempDir();
    const path = join(dir, 'd.journal.jsonl');
    const elsewhere = join(tempDir(), 'elsewhere.jsonl');
    await writeFile(elsewhere, '');
    await link(elsewhere, path);
    await expect(appendJournalRecord(path, journalOf(1), 0)).resolves.toBeNull();
    await unlink(path);
    await symlink(elsewhere, path);
    await expect(appendJournalRecord(path, journalOf(1), 0)).rejects.toThrow(/ELOOP/);
    expect(await readFile(elsewhere, 'utf8')).toBe('');
  });

  it('creates the journal again when it was removed underneath', async () => {
    const path = join(tempDir(), 'd.journal.jsonl');
    await appendJournal(path, journalOf(1), 0);
    await unlink(path);
    const length = await appendJournal(path, journalOf(1), 0);
    expect(length).toBe(journalOf(1).length);
    expect(decodeJournal(await readFile(path), 'j').records.map((r) => r.seq)).toEqual([1]);
  });

  it('cuts a journal kept open back when its append fails, and opens it again for the next', async () => {
    const path = join(tempDir(), 'd.journal.jsonl');
    const one = await appendJournal(path, journalOf(1), 0);
    const probe = await open(path, 'r');
    const handles = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    // Half the record reaches the file, then the disk is full: the durable write fails.
    const write = vi.spyOn(handles, 'write').mockImplementationOnce(function (
      this: FileHandle,
      ...args: unknown[]
    ) {
      const [buffer, offset, , position] = args as [Buffer, number, number, number];
      writeSync(this.fd, buffer, offset, 5, position);
      return Promise.reject(full);
    });
    try {
      await expect(appendJournal(path, journalOf(2), one)).rejects.toThrow(/ENOSPC/);
    } finally {
      write.mockRestore();
    }
    expect((await readFile(path)).length).toBe(one);
    const length = await appendJournal(path, journalOf(2), one);
    expect(decodeJournal(await readFile(path), 'j').records.map((r) => r.seq)).toEqual([1, 2]);
    expect(length).toBe((await readFile(path)).length);
  });

  it('keeps the journal open between appends and closes it when it is removed', async () => {
    const path = join(tempDir(), 'd.journal.jsonl');
    const opened = () => openFilesNamed(path);
    const length = await appendJournal(path, journalOf(1), 0);
    await appendJournal(path, journalOf(2), length);
    expect(await opened()).toBe(1);
    await removeJournal(path);
    expect(await opened()).toBe(0);
    await appendJournal(path, journalOf(1), 0);
    await closeJournals();
    expect(await opened()).toBe(0);
  });
});

describe('a journal write', () => {
  it.runIf(process.platform === 'linux')(
    'is durable when it returns: the journal kept open was opened with O_DSYNC',
    async () => {
      const path = join(tempDir(), 'd.journal.jsonl');
      const length = await appendJournal(path, journalOf(1), 0); // created
      const flags = await openFlags(path);
      expect(flags).toHaveLength(1);
      expect((flags[0] ?? 0) & constants.O_DSYNC).toBe(constants.O_DSYNC);
      await closeJournals();
      await appendJournal(path, journalOf(2), length); // opened in place
      const again = await openFlags(path);
      expect((again[0] ?? 0) & constants.O_DSYNC).toBe(constants.O_DSYNC);
      await closeJournals();
    },
  );
});

/** The open flags of this process's descriptors on `path` (Linux's /proc/self/fdinfo). */
async function openFlags(path: string): Promise<number[]> {
  const flags: number[] = [];
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(join('/proc/self/fd', fd)).catch(() => '');
    if (target !== path) continue;
    const info = await readFile(join('/proc/self/fdinfo', fd), 'utf8');
    const octal = /^flags:\s+([0-7]+)$/m.exec(info)?.[1];
    if (octal) flags.push(parseInt(octal, 8));
  }
  return flags;
}

/** How many of this process's descriptors are open on `path` (Linux's /proc; 1 elsewhere, where it cannot tell). */
async function openFilesNamed(path: string): Promise<number> {
  const fds = await readdir('/proc/self/fd').catch(() => null);
  if (!fds) return 1;
  const targets = await Promise.all(
    fds.map((fd) => readlink(join('/proc/self/fd', fd)).catch(() => '')),
  );
  return targets.filter((target) => target === path).length;
}
