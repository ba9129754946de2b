/**
 * Least privilege, proven from both sides: the collectors can only send what they declare (the restricted client
 * view refuses the rest), and — checked here — every API they declare is one their tests actually see them send.
 * So the generated IAM policy is neither too small nor padded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTORS } from '../../src/collect/collectors.js';

const root = new URL('../..', import.meta.url).pathname;

describe('declared APIs', () => {
  it('equal the APIs the collector tests see the collectors send', { timeout: 240_000 }, () => {
    const log = join(mkdtempSync(join(tmpdir(), 'dbgap-audit-apis-')), 'apis.log');
    const child = spawnSync('npx', ['vitest', 'run', 'test/collect', '--reporter=dot'], {
      cwd: root,
      env: { ...process.env, DBGAP_AUDIT_API_LOG: log },
      encoding: 'utf8',
    });
    expect(child.status, child.stdout + child.stderr).toBe(0);
    const sent = new Set<string>(existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
    const declared = new Set<string>(Object.values(COLLECTORS).flatMap((collector) => collector.apis));
    expect([...declared].filter((api) => !sent.has(api)).sort(), 'declared but never sent in a collector test').toEqual([]);
    expect([...sent].filter((api) => !declared.has(api)).sort(), 'sent but not declared').toEqual([]);
  });
});
