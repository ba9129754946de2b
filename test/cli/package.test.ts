/**
 * The package a user installs: `npm pack` holds the built JavaScript, the example inventory and the README (no
 * tests), installs into an empty folder, and its `dbgap-audit` binary runs the way a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false' };

describe('npm package', () => {
  it('packs the built CLI, installs into an empty folder and runs', { timeout: 300_000 }, () => {
    const packDirectory = mkdtempSync(join(tmpdir(), 'dbgap-audit-pack-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', packDirectory], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0]?.files.map((file) => file.path) ?? [];
    expect(files).toContain('dist/src/cli.js');
    expect(files).toContain('dist/checks/index.js');
    expect(files).toContain('examples/genomics-lab.inventory.json');
    expect(files).toContain('README.md');
    expect(files.filter((file) => file.startsWith('test/') || file.startsWith('dist/test/') || file.startsWith('src/'))).toEqual([]);

    const project = mkdtempSync(join(tmpdir(), 'dbgap-audit-install-'));
    execFileSync('npm', ['init', '-y'], { cwd: project, env, stdio: 'ignore' });
    execFileSync('npm', ['install', '--prefer-offline', join(packDirectory, packed[0]?.filename ?? '')], { cwd: project, env, stdio: 'ignore' });

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
