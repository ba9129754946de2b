/** The built binary, spawned the way a user runs it: several formats, then an evidence bundle and its verification. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseBuild } from '../helpers/release-build.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'genomics-lab.inventory.json');
let cli: string;
let directory: string;

beforeAll(async () => {
  ({ cli } = await releaseBuild());
  directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-binary-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function dbgapAudit(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('dbgap-audit binary: reports and evidence', () => {
  it('writes several formats, then a bundle that verifies', async () => {
    const reports = join(directory, 'reports');
    await mkdir(reports);
    const scan = dbgapAudit('scan', '--inventory', example, '--format', 'sarif,csv,junit', '--output-dir', reports, '--quiet');
    expect(scan.status).toBe(1);
    expect((await readdir(reports)).map((name) => name.replace(/\d{8}T\d{6}Z/, 'TIME')).sort()).toEqual([
      'dbgap-audit-123456789012-TIME.csv',
      'dbgap-audit-123456789012-TIME.sarif',
      'dbgap-audit-123456789012-TIME.xml',
    ]);
    const bundle = join(directory, 'bundle');
    const evidence = dbgapAudit('evidence', '--inventory', example, '--out', bundle);
    expect(evidence.status).toBe(0);
    expect(evidence.stderr).toMatch(/manifest\.json sha256 [0-9a-f]{64}/);
    const verify = dbgapAudit('verify-evidence', bundle);
    expect([verify.status, verify.stderr]).toEqual([0, '']);
    expect(verify.stdout).toContain('is intact: 7 files match manifest.json');
  });
});
