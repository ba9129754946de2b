/**
 * Runs the release project's files first: they are few and long (npm install, a Python emulator, a browser) and
 * mostly wait, so started early they overlap the unit and integration files instead of trailing after them.
 * Within a project, vitest's own order (slowest first, from the last run's timings).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = ['release', 'integration'];

function rank(specification: TestSpecification): number {
  const index = FIRST.indexOf(specification.project.name);
  return index === -1 ? FIRST.length : index;
}

export class ReleaseFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: vitest's order holds within a rank.
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}
