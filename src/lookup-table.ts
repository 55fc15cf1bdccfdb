/**
 * A table looked up by words that people and pages type: a plain object with no prototype, so
 * that no key reaches Object's own members ("constructor", "toString", "__proto__"), which an
 * object literal would give for a word it does not hold.
 */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
