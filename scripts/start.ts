// Entry point of `npm start` and `npm run dev`: the server, with the seed map to fill an empty database. It
// lives outside server/ because the server imports no seed code; the seed builds on the server.
import { serve } from '../server/serve.ts';
import { isDatabaseEmpty, seedDatabase } from '../seed/load.ts';

serve(async (db, log) => {
  if (!(await isDatabaseEmpty(db))) return false;
  log.info('the database is empty: loading the seed map');
  const report = await seedDatabase(db, { log: (m) => log.info(m) });
  log.info({ report }, 'seed loaded');
  return true;
});
