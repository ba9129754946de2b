/** The one pagination helper: every page of an SDK v3 paginator, each checked against what AWS sends. */
import type { CollectionFailure } from '../model/failure.js';
import { type AbsentAnswers, type Attempt, type CallSite, isAbsent, toFailure } from './collector.js';
import { checkResponse } from './responses.js';

/**
 * Every page of a listing as one attempt: the pages, or one failure (a page that is not what AWS sends fails the
 * whole listing, since the pages after it are unknown). `onPage` sees each page as soon as it is read, so per-resource
 * calls can start while later pages are still coming.
 */
export function attemptPages<P>(call: CallSite, pages: () => AsyncIterable<P>, onPage?: (page: P) => void): Promise<Attempt<P[]>>;
export function attemptPages<P>(
  call: CallSite & AbsentAnswers,
  pages: () => AsyncIterable<P>,
  onPage?: (page: P) => void,
): Promise<Attempt<P[] | null>>;
export async function attemptPages<P>(
  call: CallSite & AbsentAnswers,
  pages: () => AsyncIterable<P>,
  onPage?: (page: P) => void,
): Promise<Attempt<P[] | null>> {
  const read: P[] = [];
  try {
    for await (const page of pages()) {
      // Checked before use: a garbled page must not start calls for resources it seems to list.
      checkResponse(call.api, page);
      read.push(page);
      onPage?.(page);
    }
    return { ok: true, value: read };
  } catch (error) {
    if (isAbsent(error, call)) return { ok: true, value: null };
    return { ok: false, failure: toFailure(error, call.api, call) };
  }
}

/** The items of every page (`pick` chooses the page's list; a page without one adds nothing). */
export function itemsOf<P, T>(pages: readonly P[], pick: (page: P) => readonly T[] | undefined): T[] {
  return pages.flatMap((page) => [...(pick(page) ?? [])]);
}

/**
 * A listing that several collectors share (one per scan, through the scan memo), read page by page: each collector
 * sees every item as soon as its page is read, so the per-resource calls of every collector start while the
 * listing goes on, instead of after a barrier.
 */
export class SharedListing<T> {
  private readonly seen: T[] = [];
  private readonly subscribers = new Set<(item: T) => void>();
  /** Every item, or the listing's failure. */
  readonly result: Promise<Attempt<T[]>>;

  constructor(run: (emit: (items: readonly T[]) => void) => Promise<Attempt<unknown>>) {
    const emit = (items: readonly T[]) => {
      for (const item of items) {
        this.seen.push(item);
        for (const subscriber of this.subscribers) subscriber(item);
      }
    };
    this.result = run(emit).then((outcome): Attempt<T[]> => (outcome.ok ? { ok: true, value: [...this.seen] } : outcome));
  }

  /**
   * Runs `build` for every item (those already read at once, the others as they come) and waits for the listing
   * and every build. A listing that fails part-way yields its failure only: the items it did read are no evidence
   * about the ones it did not.
   */
  async map<R>(build: (item: T) => Promise<R>): Promise<Attempt<R[]>> {
    const started = this.seen.map(build);
    const subscriber = (item: T) => {
      started.push(build(item));
    };
    this.subscribers.add(subscriber);
    const listed = await this.result;
    this.subscribers.delete(subscriber);
    const built = await Promise.all(started);
    return listed.ok ? { ok: true, value: built } : listed;
  }
}

/** A paginated listing as a SharedListing of its items. */
export function shareListing<P, T>(call: CallSite, pages: () => AsyncIterable<P>, itemsOfPage: (page: P) => readonly T[] | undefined): SharedListing<T> {
  return new SharedListing<T>((emit) => attemptPages(call, pages, (page) => emit(itemsOfPage(page) ?? [])));
}

/** The listing's items and failure as a collector result. */
export async function listingResult<T>(listing: SharedListing<T>): Promise<{ items: T[]; failures: CollectionFailure[] }> {
  const listed = await listing.result;
  return listed.ok ? { items: listed.value, failures: [] } : { items: [], failures: [listed.failure] };
}

/** Per-resource outcomes of a listing as a collector result (the listing's failure replaces them all). */
export function gathered<T>(outcomes: Attempt<Array<{ item?: T; failure?: CollectionFailure }>>): { items: T[]; failures: CollectionFailure[] } {
  if (!outcomes.ok) return { items: [], failures: [outcomes.failure] };
  return {
    items: outcomes.value.flatMap((outcome) => (outcome.item ? [outcome.item] : [])),
    failures: outcomes.value.flatMap((outcome) => (outcome.failure ? [outcome.failure] : [])),
  };
}

/** Every item of a listing that no per-resource call follows: the items of every page, or the failure. */
export async function listAll<P, T>(call: CallSite, pages: () => AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<Attempt<T[]>> {
  const listed = await attemptPages(call, pages);
  return listed.ok ? { ok: true, value: itemsOf(listed.value, pick) } : listed;
}
