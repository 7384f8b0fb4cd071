/**
 * Kysely's view of the store. Each feature adds its tables by augmenting this interface from
 * its own module (`declare module "../store/schema.js" { interface Database { … } }`), and its
 * migration to `migrations/index.ts`. Column types stay portable between SQLite and Postgres:
 * text (JSON as text), integer / bigint epoch milliseconds, no arrays.
 */
export interface Database {
  leadgraph_meta: { key: string; value: string };
}
