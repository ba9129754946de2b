/**
 * Kleene's three-valued logic. `U` (unknown) stands for a fact the engine does not know: a condition operator it
 * does not recognize, a value AWS fixes but the inventory does not hold (a resource tag), or, during the adversarial
 * search, a request dimension not yet chosen. Because the connectives are monotone, a verdict computed with an
 * unknown holds for every value the unknown may take whenever it comes out `T` or `F`.
 */
export type Truth = 'T' | 'F' | 'U';

export function and(left: Truth, right: Truth): Truth {
  if (left === 'F' || right === 'F') return 'F';
  return left === 'U' || right === 'U' ? 'U' : 'T';
}

export function or(left: Truth, right: Truth): Truth {
  if (left === 'T' || right === 'T') return 'T';
  return left === 'U' || right === 'U' ? 'U' : 'F';
}

export function not(value: Truth): Truth {
  return value === 'T' ? 'F' : value === 'F' ? 'T' : 'U';
}

export function fromBoolean(value: boolean): Truth {
  return value ? 'T' : 'F';
}
