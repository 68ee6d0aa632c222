import type { Db } from './run.ts';

/**
 * The same Db, calling `written` after every write through it has ended (committed, failed or of unknown outcome:
 * a reader of a cache must not trust it after any of them).
 */
export function observeWrites(db: Db, written: () => void): Db {
  const after = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } finally {
      written();
    }
  };
  return {
    database: db.database,
    availability: db.availability,
    read: (name, params) => db.read(name, params),
    readRaw: (label, statement, params) => db.readRaw(label, statement, params),
    write: (name, params) => after(() => db.write(name, params)),
    writeTx: (label, work, opts) => after(() => db.writeTx(label, work, opts)),
    writeRaw: (label, statement, params) => after(() => db.writeRaw(label, statement, params)),
  };
}
