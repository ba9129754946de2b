/**
 * The package a user installs: `npm pack` holds the built JavaScript, the example inventory and the README (no
 * tests), installs into an empty folder, and its `dbgap-audit` binary runs the way a user runs it.
 *
 * It packs the run's shared build (test/setup/release-build.ts), laid out as `prepack` leaves the project, instead
 * of letting `npm pack` compile the project once more; the first test keeps that shortcut honest.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseBuild } from '../helpers/release-build.js';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false' };
const temporary: string[] = [];
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(directory);
  return directory;
}

function pack(directory: string, options: string[]): { filename: string; files: Array<{ path: string }> } {
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', ...options], { cwd: directory, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(output) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!packed) throw new Error(`npm pack printed no package: ${output}`);
  return packed;
}

describe('npm package', () => {
  it('packs the built CLI, installs into an empty folder and runs', async () => {
    // The shared build compiles tsconfig.build.json with tsc into its own dist/, as `prepack` does here.
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect([scripts.prepack, scripts.build]).toEqual(['npm run build', 'tsc -p tsconfig.build.json']);

    // What package.json's `files` selects from the project itself (a dry run needs no build): no sources, no tests.
    const selected = pack(root, ['--dry-run']).files.map((file) => file.path);
    expect(selected).toContain('README.md');
    expect(selected.filter((file) => file.startsWith('test/') || file.startsWith('dist/test/') || file.startsWith('src/'))).toEqual([]);

    const { packageDirectory } = await releaseBuild();
    const packDirectory = temporaryDirectory('dbgap-audit-pack-');
    const packed = pack(packageDirectory, ['--pack-destination', packDirectory]);
    const files = packed.files.map((file) => file.path);
    expect(files).toContain('dist/src/cli.js');
    expect(files).toContain('dist/checks/index.js');
    expect(files).toContain('examples/genomics-lab.inventory.json');
    expect(files).toContain('README.md');

    const project = temporaryDirectory('dbgap-audit-install-');
    execFileSync('npm', ['init', '-y'], { cwd: project, env, stdio: 'ignore' });
    execFileSync('npm', ['install', '--prefer-offline', join(packDirectory, packed.filename)], { cwd: project, env, stdio: 'ignore' });

    const help = spawnSync('npx', ['dbgap-audit', '--help'], { cwd: project, env, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: dbgap-audit/);

    const example = join(project, 'node_modules', 'dbgap-audit', 'examples', 'genomics-lab.inventory.json');
    const scan = spawnSync('npx', ['dbgap-audit', 'scan', '--inventory', example, '--format', 'json'], { cwd: project, env, encoding: 'utf8' });
    expect(scan.status).toBe(1);
    expect(scan.stderr).toBe('');
    expect(JSON.parse(scan.stdout).schemaVersion).toBe(1);
  });
});
