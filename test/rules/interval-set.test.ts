import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalSet, type Interval } from '../../src/rules/interval-set.js';

// A reference over a small universe: a set of numbers, compared element by element.
const UNIVERSE = 64;
const interval = fc.tuple(fc.integer({ min: 0, max: UNIVERSE - 1 }), fc.integer({ min: 0, max: UNIVERSE - 1 })).map(([a, b]): Interval => [BigInt(a), BigInt(b)]);
const intervals = fc.array(interval, { maxLength: 6 });

function members(set: IntervalSet): number[] {
  return Array.from({ length: UNIVERSE }, (_, value) => value).filter((value) => set.has(BigInt(value)));
}

function reference(list: readonly Interval[]): Set<number> {
  const result = new Set<number>();
  for (const [start, end] of list) for (let value = Number(start); value <= Number(end); value += 1) result.add(value);
  return result;
}

describe('IntervalSet', () => {
  it('merges overlapping and adjacent intervals, and drops empty ones', () => {
    expect(IntervalSet.of([[5n, 9n], [0n, 2n], [3n, 4n], [20n, 10n]]).intervals).toEqual([[0n, 9n]]);
    expect(IntervalSet.of([[0n, 2n], [4n, 5n]]).intervals).toEqual([[0n, 2n], [4n, 5n]]);
  });

  it('agrees with a reference set on union, intersection, difference, covers and size', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const left = IntervalSet.of(a);
        const right = IntervalSet.of(b);
        const refA = reference(a);
        const refB = reference(b);
        expect(members(left.union(right))).toEqual([...new Set([...refA, ...refB])].sort((x, y) => x - y));
        expect(members(left.intersect(right))).toEqual([...refA].filter((value) => refB.has(value)).sort((x, y) => x - y));
        expect(members(left.subtract(right))).toEqual([...refA].filter((value) => !refB.has(value)).sort((x, y) => x - y));
        expect(left.covers(right)).toBe([...refB].every((value) => refA.has(value)));
        expect(left.size()).toBe(BigInt(refA.size));
        // Normal form: equal sets have equal intervals, whatever order or overlap built them.
        expect(left.union(right).equals(right.union(left))).toBe(true);
      }),
    );
  });
});
