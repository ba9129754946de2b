/**
 * End to end through the real SDK wire protocols against an independent AWS emulator (moto's server), when this
 * machine has it: the scan finds the seeded misconfigurations, passes the compliant resources, and anything the
 * emulator cannot answer is an error, never a pass. Skipped, saying why, where moto is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { runCli } from '../helpers/cli.js';

const hasMoto = spawnSync('python3', ['-c', 'import moto, boto3'], { stdio: 'ignore' }).status === 0
  && spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
if (!hasMoto) console.warn('test/e2e/moto.test.ts skipped: moto_server and boto3 are not installed on this machine.');

let server: ChildProcess | undefined;
let endpoint = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`moto_server did not start at ${url}`);
}

describe.skipIf(!hasMoto)('scan against moto (real wire protocols)', () => {
  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    server = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    await waitFor(endpoint);
    const seeded = spawnSync('python3', [new URL('./seed-moto.py', import.meta.url).pathname, endpoint], {
      encoding: 'utf8',
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' },
    });
    if (seeded.status !== 0) throw new Error(`seeding moto failed: ${seeded.stderr}`);
  }, 60_000);
  afterAll(() => {
    server?.kill();
  });

  it('finds the seeded problems, passes the compliant resources, never turns a gap into a pass', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runCli(['scan', '--endpoint-url', endpoint, '--regions', 'us-east-1', '--format', 'json', '--quiet']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ScanResult;
    const status = (checkId: string, arnEnd: string) =>
      report.results.filter((result) => result.checkId === checkId && result.resourceArn.endsWith(arnEnd)).map((result) => result.status);
    expect(status('s3-bucket-ssl-only', ':good-data')).toEqual(['pass']);
    expect(status('s3-bucket-ssl-only', ':bad-data')).toEqual(['fail']);
    expect(status('s3-bucket-not-public', ':bad-data')).toEqual(['fail']);
    expect(status('s3-bucket-not-public', ':good-data')).toEqual(['pass']);
    expect(status('s3-bucket-encryption-kms-cmk', ':good-data')).toEqual(['pass']);
    expect(status('iam-user-console-mfa', ':user/alice')).toEqual(['fail']);
    expect(status('cloudtrail-multi-region-logging', ':account')).toEqual(['pass']);
    const groups = report.results.filter((result) => result.checkId === 'ec2-sg-no-public-admin-ports');
    expect(groups.filter((result) => result.status === 'fail').map((result) => result.message)).toEqual([expect.stringContaining('(open-ssh)')]);
    expect(groups.find((result) => result.message.includes('(ok-https)'))?.status).toBe('pass');
    const rotation = report.results.filter((result) => result.checkId === 'kms-cmk-rotation-enabled').map((result) => result.status).sort();
    expect(rotation).toEqual(['fail', 'pass']);
    // Whatever moto could not answer is an error naming the API, and is listed as a collection error; a failure
    // that left one fact unknown (issue 12) may instead leave a verdict that holds whatever the fact is, never a pass.
    for (const failure of report.collectionErrors) {
      const named = report.results.some((result) => result.status === 'error' && result.message.includes(failure.api));
      const certain = failure.field !== undefined && report.results.some((result) => result.resourceArn === failure.resourceArn && result.status === 'fail');
      expect(named || certain, `${failure.api} ${failure.field ?? ''}`).toBe(true);
    }
  });
});
