/** Own keys only: a word such as "constructor" must never look like a table entry. */
export const has = (table: Readonly<Record<string, unknown>>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(table, key)
