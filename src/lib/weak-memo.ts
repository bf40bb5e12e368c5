/**
 * Caches a pure function of one object by that object's identity. Query results are
 * immutable and shared, so every component deriving from the same data shares one result
 * instead of recomputing it per component (and per render).
 */
export function weakMemo<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = fn(arg);
    cache.set(arg, result);
    return result;
  };
}
