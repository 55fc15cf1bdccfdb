import type Database from 'better-sqlite3';

// Compiling a statement costs more than most of the reads an answer makes (a vector, an
// article, a term's count), and an answer makes hundreds of them.
const STATEMENTS = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The statement for `sql` on `db`, compiled once per connection. Not for iterate(): a
 * statement still iterating cannot run again until it ends.
 */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let statements = STATEMENTS.get(db);
  if (!statements) STATEMENTS.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
