/**
 * The evidence bundle a Data Access Committee reviews: report.html, findings.json, findings.sarif, requirements.csv,
 * poam.csv, data-inventory.csv (where the dbGaP data lives), inventory.json and manifest.json (the SHA-256 of every
 * other file). Owner-only permissions (0700 directory, 0600 files), every file written atomically, the manifest
 * last. It holds configuration metadata and findings only: the inventory never contains object data or credentials,
 * and nothing from the environment is written.
 */
import { chmodSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { readInputBytes, readInputFile } from '../src/files/read-input-file.js';
import { join } from 'node:path';
import { renderDataInventoryCsv, renderRequirementsCsv } from './csv.js';
import { HTML_REQUIREMENT_FRAMEWORKS, renderHtml } from './html.js';
import { buildPoam, DEFAULT_POAM_FRAMEWORK, renderPoamCsv } from './poam.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { sha256Hex } from './common.js';
import { OutputError, InputFileError } from '../src/errors.js';
import type { Inventory } from '../src/model/inventory.js';
import type { ScanResult } from '../src/model/scan-result.js';
import { describeWriteError, withStagedOutputs, type StagedOutputs } from '../src/files/staged-outputs.js';

export const MANIFEST_FILE = 'manifest.json';
export const BUNDLE_FILES = ['report.html', 'findings.json', 'findings.sarif', 'requirements.csv', 'poam.csv', 'data-inventory.csv', 'inventory.json'] as const;
export const MANIFEST_VERSION = 1;

export interface EvidenceManifest {
  manifestVersion: typeof MANIFEST_VERSION;
  tool: { name: string; version: string };
  createdAt: string;
  accounts: string[];
  algorithm: 'sha256';
  files: Record<string, { sha256: string; bytes: number }>;
}

/** The bundle's directory: created owner-only if missing; an existing one may hold only an earlier bundle. */
function prepareDirectory(stage: StagedOutputs, directory: string): void {
  stage.directory(directory, 'evidence directory', 0o700);
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch (error) {
    throw new OutputError(`Cannot read the evidence directory ${directory}: ${describeWriteError(error)}.`);
  }
  const known = new Set<string>([...BUNDLE_FILES, MANIFEST_FILE]);
  const strangers = entries.filter((name) => !known.has(name));
  if (strangers.length > 0) {
    throw new OutputError(`The evidence directory ${directory} holds other files (${strangers.slice(0, 3).join(', ')}); use a new or empty directory.`);
  }
  try {
    // mkdir's mode is filtered by the umask and ignored for an existing directory.
    chmodSync(directory, 0o700);
  } catch (error) {
    throw new OutputError(`Cannot restrict the permissions of ${directory}: ${describeWriteError(error)}.`);
  }
}

/**
 * Defence in depth: the scanner never collects credentials, but an inventory file is user input. A bundle that
 * would carry a credential field or a private key is refused rather than written.
 */
const SECRET_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'an AWS secret access key field', pattern: /["']?(aws_?)?secret_?access_?key["']?\s*[:=]/i },
  { name: 'an AWS session token field', pattern: /["']?(aws_?)?session_?token["']?\s*[:=]/i },
  { name: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

export function findSecret(content: string): string | undefined {
  return SECRET_PATTERNS.find(({ pattern }) => pattern.test(content))?.name;
}

export function renderBundle(result: ScanResult, inventory: Inventory | Inventory[]): Record<(typeof BUNDLE_FILES)[number], string> {
  return {
    'report.html': renderHtml(result),
    'findings.json': renderJson(result),
    'findings.sarif': renderSarif(result),
    'requirements.csv': renderRequirementsCsv(result, HTML_REQUIREMENT_FRAMEWORKS),
    'poam.csv': renderPoamCsv(buildPoam(result, DEFAULT_POAM_FRAMEWORK)),
    'data-inventory.csv': renderDataInventoryCsv(result),
    'inventory.json': `${JSON.stringify(inventory, null, 2)}\n`,
  };
}

export function buildManifest(result: ScanResult, files: Record<string, string>): EvidenceManifest {
  return {
    manifestVersion: MANIFEST_VERSION,
    tool: { ...result.tool },
    createdAt: result.scan.finishedAt,
    accounts: result.scan.accounts.map((account) => account.id),
    algorithm: 'sha256',
    files: Object.fromEntries(
      Object.entries(files).map(([name, content]) => [name, { sha256: sha256Hex(content), bytes: Buffer.byteLength(content) }]),
    ),
  };
}

/**
 * Stages the bundle in `stage` (the caller commits it with its other outputs): every file is checked for secrets
 * before anything is created, so a refused bundle leaves no folder. Returns the manifest's own SHA-256, which the
 * caller prints so it can be recorded elsewhere (a ticket, an e-mail): a manifest rewritten together with the files
 * it lists would otherwise go unnoticed. Files are 0600 in a 0700 directory.
 */
export function stageEvidenceBundle(stage: StagedOutputs, directory: string, result: ScanResult, inventory: Inventory | Inventory[]): { manifestSha256: string } {
  const files = renderBundle(result, inventory);
  for (const [name, content] of Object.entries(files)) {
    const secret = findSecret(content);
    if (secret) throw new OutputError(`Refusing to write the evidence bundle: ${name} would contain ${secret}; remove it from the inventory.`);
  }
  prepareDirectory(stage, directory);
  for (const [name, content] of Object.entries(files)) stage.write(join(directory, name), content, { mode: 0o600 });
  const manifest = `${JSON.stringify(buildManifest(result, files), null, 2)}\n`;
  stage.write(join(directory, MANIFEST_FILE), manifest, { mode: 0o600 });
  return { manifestSha256: sha256Hex(manifest) };
}

/** Writes the bundle on its own (all files or none); returns the paths written (manifest last) and its SHA-256. */
export async function writeEvidenceBundle(
  directory: string,
  result: ScanResult,
  inventory: Inventory | Inventory[],
): Promise<{ paths: string[]; manifestSha256: string }> {
  const { value, written } = await withStagedOutputs((stage) => stageEvidenceBundle(stage, directory, result, inventory));
  return { paths: written, manifestSha256: value.manifestSha256 };
}

export interface VerificationProblem {
  file: string;
  problem: 'changed' | 'missing' | 'extra';
  detail: string;
}

/** Recomputes every digest in manifest.json. Problems name the changed, missing or extra file. */
export async function verifyEvidenceBundle(
  directory: string,
): Promise<{ manifest: EvidenceManifest; manifestSha256: string; problems: VerificationProblem[] }> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(
      code === 'ENOENT' ? `The evidence directory ${directory} does not exist.` : `Cannot read the evidence directory ${directory}: ${describeWriteError(error)}.`,
    );
  }
  if (!entries.includes(MANIFEST_FILE)) throw new InputFileError(`The evidence directory ${directory} has no ${MANIFEST_FILE}.`);
  let manifest: EvidenceManifest;
  let manifestSha256: string;
  const text = await readInputFile(join(directory, MANIFEST_FILE), { what: 'manifest' });
  try {
    manifestSha256 = sha256Hex(text);
    manifest = JSON.parse(text) as EvidenceManifest;
  } catch (error) {
    throw new InputFileError(`The manifest ${join(directory, MANIFEST_FILE)} is not valid JSON (${(error as Error).message}).`);
  }
  const listed = manifest?.files;
  if (typeof listed !== 'object' || listed === null || manifest.algorithm !== 'sha256') {
    throw new InputFileError(`The manifest ${join(directory, MANIFEST_FILE)} is not a dbgap-audit evidence manifest.`);
  }
  const problems: VerificationProblem[] = [];
  for (const [name, expected] of Object.entries(listed)) {
    if (name.includes('/') || name.includes('\\') || name === '..' || !entries.includes(name)) {
      problems.push({ file: name, problem: 'missing', detail: `${name} is listed in the manifest but missing` });
      continue;
    }
    const actual = sha256Hex(await readInputBytes(join(directory, name), { what: 'evidence file' }));
    if (actual !== expected.sha256) problems.push({ file: name, problem: 'changed', detail: `${name} was changed (sha256 ${actual}, manifest says ${expected.sha256})` });
  }
  for (const name of entries) {
    if (name !== MANIFEST_FILE && !Object.hasOwn(listed, name)) problems.push({ file: name, problem: 'extra', detail: `${name} is not listed in the manifest` });
  }
  return { manifest, manifestSha256, problems };
}
