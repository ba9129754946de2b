import { type Attempt, attemptRequired, type CollectContext } from './collector.js';

/** Lists every page of a regional EC2 Describe* call, or one failure for the region. */
export async function listAll<T>(
  context: CollectContext,
  api: string,
  region: string,
  pages: () => AsyncIterable<T[] | undefined>,
): Promise<Attempt<T[]>> {
  return attemptRequired(context, { api, region }, async () => {
    const all: T[] = [];
    for await (const page of pages()) all.push(...(page ?? []));
    return all;
  });
}

export async function* mapPages<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): AsyncIterable<T[] | undefined> {
  for await (const page of pages) yield pick(page);
}
