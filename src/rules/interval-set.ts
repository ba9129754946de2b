/**
 * Sets of integers kept as sorted, disjoint, non-adjacent inclusive intervals. The one piece of interval arithmetic
 * behind CIDR sets (addresses as 32- or 128-bit integers) and port sets (0-65535); bigint because IPv6 needs 128 bits.
 */

export type Interval = readonly [start: bigint, end: bigint];

export class IntervalSet {
  static readonly EMPTY = new IntervalSet([]);

  /** Sorted, disjoint and non-adjacent: two sets are equal exactly when their intervals are. */
  readonly intervals: readonly Interval[];
  private cachedSize: bigint | undefined;

  private constructor(normalized: readonly Interval[]) {
    this.intervals = normalized;
  }

  /** Any intervals, in any order, overlapping or not; an interval whose start is past its end is empty. */
  static of(intervals: Iterable<Interval>): IntervalSet {
    const sorted = [...intervals].filter(([start, end]) => start <= end).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const merged: Array<[bigint, bigint]> = [];
    for (const [start, end] of sorted) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1] + 1n) {
        if (end > last[1]) last[1] = end;
      } else {
        merged.push([start, end]);
      }
    }
    return new IntervalSet(merged);
  }

  static range(start: bigint, end: bigint): IntervalSet {
    return IntervalSet.of([[start, end]]);
  }

  isEmpty(): boolean {
    return this.intervals.length === 0;
  }

  /** How many integers the set holds. */
  size(): bigint {
    this.cachedSize ??= this.intervals.reduce((total, [start, end]) => total + (end - start + 1n), 0n);
    return this.cachedSize;
  }

  union(other: IntervalSet): IntervalSet {
    if (other.isEmpty()) return this;
    if (this.isEmpty()) return other;
    return IntervalSet.of([...this.intervals, ...other.intervals]);
  }

  intersect(other: IntervalSet): IntervalSet {
    const result: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < this.intervals.length && j < other.intervals.length) {
      const [aStart, aEnd] = this.intervals[i] as Interval;
      const [bStart, bEnd] = other.intervals[j] as Interval;
      const start = aStart > bStart ? aStart : bStart;
      const end = aEnd < bEnd ? aEnd : bEnd;
      if (start <= end) result.push([start, end]);
      if (aEnd < bEnd) i += 1;
      else j += 1;
    }
    return new IntervalSet(result);
  }

  subtract(other: IntervalSet): IntervalSet {
    if (this.isEmpty() || other.isEmpty()) return this;
    const result: Interval[] = [];
    let j = 0;
    for (const [start, end] of this.intervals) {
      let cursor = start;
      while (j < other.intervals.length && (other.intervals[j] as Interval)[1] < cursor) j += 1;
      let k = j;
      while (cursor <= end && k < other.intervals.length && (other.intervals[k] as Interval)[0] <= end) {
        const [holeStart, holeEnd] = other.intervals[k] as Interval;
        if (holeStart > cursor) result.push([cursor, holeStart - 1n]);
        if (holeEnd + 1n > cursor) cursor = holeEnd + 1n;
        k += 1;
      }
      if (cursor <= end) result.push([cursor, end]);
    }
    return new IntervalSet(result);
  }

  /** Is every element of `other` in this set? */
  covers(other: IntervalSet): boolean {
    return other.subtract(this).isEmpty();
  }

  has(value: bigint): boolean {
    return this.intervals.some(([start, end]) => start <= value && value <= end);
  }

  equals(other: IntervalSet): boolean {
    return (
      this.intervals.length === other.intervals.length &&
      this.intervals.every(([start, end], index) => start === other.intervals[index]?.[0] && end === other.intervals[index]?.[1])
    );
  }
}
