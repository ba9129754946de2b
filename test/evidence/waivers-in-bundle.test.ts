/** The evidence command applies the waivers file like scan does, so the DAC sees the same waiver statuses. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';

describe('evidence --waivers', () => {
  it('marks waived findings in findings.json and lists the waiver statuses', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dbgap-audit-evidence-waivers-'));
    writeFileSync(
      join(cwd, 'waivers.yml'),
      'waivers:\n  - checkId: s3-bucket-ssl-only\n    resources: ["arn:aws:s3:::genlab-public-share"]\n    reason: Public reference data\n    approvedBy: Jane Doe, ISSO\n    expires: 2030-12-31\n',
    );
    const out = join(cwd, 'bundle');
    const { code } = await runCli(['evidence', '--inventory', EXAMPLE_INVENTORY, '--out', out, '--waivers', join(cwd, 'waivers.yml'), '--quiet'], { cwd });
    expect(code).toBe(0);
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as ScanResult;
    const waived = findings.results.filter((result) => result.waiver);
    expect(waived.map((result) => [result.checkId, result.resourceArn])).toEqual([['s3-bucket-ssl-only', 'arn:aws:s3:::genlab-public-share']]);
    expect(findings.waivers?.[0]?.status).toBe('applied');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Jane Doe, ISSO');
  });
});
