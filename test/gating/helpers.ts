/** Helpers for the gating tests: the CLI run in-process in a temporary directory, and small ScanResult fixtures. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, type Io } from '../../src/program.js';
import { REPORT_SCHEMA_VERSION, countStatuses, type CheckResult, type ScanResult } from '../../src/model/scan-result.js';

export const EXAMPLE_INVENTORY = resolve('examples/genomics-lab.inventory.json');
export const SCAN_TIME = new Date('2026-11-23T12:00:00.000Z');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function aTempDirectory(files: Record<string, string> = {}): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'dbgap-gating-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  return directory;
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd,
    now: () => SCAN_TIME,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export function aResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    checkId: 's3-bucket-ssl-only',
    status: 'fail',
    severity: 'high',
    controlArea: 'data-encryption',
    accountId: '123456789012',
    resourceArn: 'arn:aws:s3:::genlab-public-share',
    message: 'Bucket genlab-public-share has no Deny on aws:SecureTransport=false.',
    ...overrides,
  };
}

export function aScanResult(results: CheckResult[], overrides: Partial<ScanResult> = {}): ScanResult {
  const account = { id: '123456789012', partition: 'aws' };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'dbgap-audit', version: 'test' },
    scan: {
      startedAt: SCAN_TIME.toISOString(),
      finishedAt: SCAN_TIME.toISOString(),
      source: 'inventory',
      inventoryCollectedAt: SCAN_TIME.toISOString(),
      account,
      accounts: [account],
      regions: ['us-east-1'],
    },
    summary: countStatuses(results),
    checks: [...new Set(results.map((result) => result.checkId))].map((id) => ({
      id,
      title: id,
      controlArea: 'data-encryption',
      severity: 'high',
      kind: 'automated',
      nist: { sp800_53r5: ['SC-8'], sp800_171r2: ['3.13.8'], sp800_171r3: ['03.13.08'] },
      rationale: 'test',
      remediation: { summary: 'test' },
    })),
    results,
    collectionErrors: [],
    ...overrides,
  };
}

/** A waivers file entry as YAML lines. */
export function waiverYaml(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value], position) => `${position === 0 ? '  - ' : '    '}${key}: ${value}`);
  return lines.join('\n');
}
