import { readFileSync } from 'node:fs';

/** The package's name and version, read once from package.json (works from src/ under vitest and from dist/src). */
function readPackage(): { name: string; version: string } {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'dbgap-audit' && parsed.version) return { name: parsed.name, version: parsed.version };
    } catch {
      // try the next location
    }
  }
  return { name: 'dbgap-audit', version: '0.0.0' };
}

export const TOOL: { readonly name: string; readonly version: string } = readPackage();
