/** The one pagination helper: every page of an SDK v3 paginator, gathered into one list. */
import { type Attempt, attemptRequired, type CollectContext } from './collector.js';

/** All items of every page (`pick` chooses the page's list; a page without one adds nothing). */
export async function collectPages<P, T>(pages: AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(pick(page) ?? []));
  return all;
}

/** Every page of a regional listing as one attempt: the items, or one failure for the region. */
export function listAll<P, T>(
  context: CollectContext,
  api: string,
  region: string,
  pages: () => AsyncIterable<P>,
  pick: (page: P) => readonly T[] | undefined,
): Promise<Attempt<T[]>> {
  return attemptRequired(context, { api, region }, () => collectPages(pages(), pick));
}
