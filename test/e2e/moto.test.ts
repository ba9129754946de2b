/**
 * End to end through the real SDK wire protocols against an independent AWS emulator (moto's server), when this
 * machine has it: the scan finds the seeded misconfigurations, passes the compliant resources, and anything the
 * emulator cannot answer is an error, never a pass. Skipped, saying why, where moto is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { runCli } from '../helpers/cli.js';

// Finds moto without importing it (an import takes seconds); moto depends on boto3, which the seed script uses.
const hasMoto = spawnSync('python3', ['-c', 'import importlib.util, sys; sys.exit(importlib.util.find_spec("moto") is None)'], { stdio: 'ignore' }).status === 0;
if (!hasMoto) console.warn('test/e2e/moto.test.ts skipped: moto (and boto3) are not installed for python3 on this machine.');

let server: ChildProcess | undefined;
let endpoint = '';

/** Starts moto's server on a port the system picks; resolves with its URL once it says it is listening. */
async function startMoto(): Promise<string> {
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  server = child;
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      // Werkzeug prints this once the socket is bound, with the port it got.
      const listening = /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (listening?.[1]) {
        child.stderr.removeAllListeners('data');
        child.stderr.resume();
        resolve(listening[1]);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`moto's server exited (${code}) before listening:\n${log}`)));
  });
}

describe.skipIf(!hasMoto)('scan against moto (real wire protocols)', () => {
  beforeAll(async () => {
    endpoint = await startMoto();
    const seeded = spawnSync('python3', [new URL('./seed-moto.py', import.meta.url).pathname, endpoint], {
      encoding: 'utf8',
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' },
    });
    if (seeded.status !== 0) throw new Error(`seeding moto failed: ${seeded.stderr}`);
  });
  afterAll(() => {
    server?.kill();
  });

  it('finds the seeded problems, passes the compliant resources, never turns a gap into a pass', async () => {
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
