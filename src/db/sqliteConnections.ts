import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

/**
 * Settings SQLite keeps per connection, not in the file (WAL is the file's, set once by src/db/migrate.ts):
 * - a busy timeout, so a write that meets another process's lock (the import CLI beside the server, a second
 *   worker, the monitor's workers) waits its turn instead of failing at once with SQLITE_BUSY;
 * - NORMAL sync, safe under WAL and several times faster for writes than the FULL default.
 */
export const sqliteConnectionPragmas = (busyTimeoutMs: number): string[] => [`PRAGMA busy_timeout = ${busyTimeoutMs}`, 'PRAGMA synchronous = NORMAL']

/**
 * The libsql client gives its open connection to each transaction and opens a fresh one for what follows, so
 * settings made once on the first connection were gone after the first transaction: bulk imports beside the server
 * lost records to SQLITE_BUSY, and writes ran with FULL sync. This sets the pragmas again on each replacement
 * connection, as soon as a transaction takes the old one.
 */
export function keepPragmasOnEveryConnection(client: Client, pragmas: string[]): void {
  const transaction = client.transaction.bind(client)
  client.transaction = (async (...args: Parameters<Client['transaction']>) => {
    const taken = await transaction(...args)
    for (const pragma of pragmas) await client.execute(pragma)
    return taken
  }) as Client['transaction']
}

/** The SQLite adapter, with its pragmas kept on every connection its client opens. */
export function withPragmasOnEveryConnection(adapter: DatabaseAdapterObj, pragmas: string[]): DatabaseAdapterObj {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const db = init(args) as ReturnType<typeof init> & { client?: Client }
      const connect = db.connect
      if (connect)
        db.connect = async function (this: typeof db, ...connectArgs: Parameters<typeof connect>) {
          const alreadyOpen = Boolean(db.client)
          await connect.apply(this, connectArgs)
          if (alreadyOpen || !db.client) return
          for (const pragma of pragmas) await db.client.execute(pragma)
          keepPragmasOnEveryConnection(db.client, pragmas)
        }
      return db
    },
  }
}
