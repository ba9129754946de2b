/**
 * Least privilege, proven from both sides: the collectors can only send what they declare (the restricted client
 * view refuses the rest), and — checked here — every API they declare is one their tests actually see them send.
 * So the generated IAM policy is neither too small nor padded.
 *
 * The collector tests (test/collect/) record what they send, beside what the collectors declare, while the
 * integration project runs (test/setup/record-sent-apis.ts); this file is its own project, run after the others
 * (vitest.config.ts), so it needs them in the same run: `npx vitest run test/collect test/trust/declared-apis.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { SentApisRecord } from '../setup/record-sent-apis.js';

const root = join(import.meta.dirname, '..', '..');

function collectorTestFiles(): string[] {
  return readdirSync(join(root, 'test', 'collect'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `test/collect/${file.split('\\').join('/')}`)
    .sort();
}

describe('declared APIs', () => {
  it('equal the APIs the collector tests see the collectors send', () => {
    const directory = inject('sentApisDirectory');
    const records = readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as SentApisRecord);
    expect(
      records.map((record) => record.file).sort(),
      'every collector test file must run in the same vitest run as this proof (npx vitest run test/collect test/trust/declared-apis.test.ts)',
    ).toEqual(collectorTestFiles());

    const sent = new Set(records.flatMap((record) => record.sent));
    const declared = new Set(records[0]?.declared);
    expect(declared.size).toBeGreaterThan(0);
    expect([...declared].filter((api) => !sent.has(api)).sort(), 'declared but never sent in a collector test').toEqual([]);
    expect([...sent].filter((api) => !declared.has(api)).sort(), 'sent but not declared').toEqual([]);
  });
});
