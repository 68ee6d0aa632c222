import { isDeepStrictEqual } from 'node:util';
import { prepareSeedDatabase, prepareSyntheticDatabase, SEED_ONLY_DATABASE } from '../synthetic/prepare.ts';
import { loadProjection } from '../../server/repos/projection/projection.ts';
import { providersIn } from '../../server/repos/projection/providers.ts';
import { referralNetworkIn } from '../../server/repos/projection/referrals.ts';
import { conformanceContextIn } from '../../server/repos/projection/conformance.ts';
import { loadRegionCatalog, loadVocabulary } from '../../server/repos/catalog.ts';
import { relevantRegionIds } from '../../server/domain/providers.ts';

const synthetic = process.argv.includes('--synthetic');
const bench = synthetic
  ? (await prepareSyntheticDatabase({ database: { boltPort: 7696 } })).bench
  : await prepareSeedDatabase({ database: { ...SEED_ONLY_DATABASE, boltPort: 7695 } });
try {
  let t = performance.now();
  const p = await loadProjection(bench.db);
  console.log('projection', Math.round(performance.now() - t), 'ms', p.size);
  const catalog = await loadRegionCatalog(bench.db);
  const v = await loadVocabulary(bench.db);
  const groups = v.targetGroups.map((g) => g.id);
  const regions = catalog.all
    .filter((r, i) => r.level !== 'MUNICIPALITY' || i % (synthetic ? 40 : 7) === 0)
    .map((r) => r.id);
  let n = 0,
    bad = 0;
  const cases: [string | null, string | null, number | null][] = [
    [null, null, null],
    [null, null, 2017],
    ['informeren', null, null],
    [null, 'start', 2022],
  ];
  const canon = (x: any): any =>
    Array.isArray(x)
      ? x.map(canon)
      : x && typeof x === 'object'
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, canon(x[k])]),
          )
        : x;
  const J = (x: unknown) => JSON.stringify(canon(x));
  const sortJ = (xs: unknown[]) => xs.map((x) => J(x)).sort();
  t = performance.now();
  await loadProjection(bench.db);
  console.log('second load', Math.round(performance.now() - t));
  for (const [theme, phase, asOf] of cases) {
    for (const g of [...groups.slice(0, synthetic ? 3 : groups.length), null]) {
      for (const r of [...regions.slice(0, synthetic ? 12 : regions.length), null]) {
        const q = {
          targetGroups: g ? v.groupTree.statedGroups([g]) : null,
          regionIds: r ? relevantRegionIds(catalog, r) : null,
          theme,
          phase,
          asOf,
        };
        if (!r && g) continue;
        const [row] = await bench.db.read<any>('serves/find-providers', { ...q });
        const mine = providersIn(p, q);
        n++;
        const cs = (xs: any[]) => xs.map((x) => ({ ...x, covers: sortJ(x.covers) }));
        if (
          !isDeepStrictEqual(
            JSON.parse(JSON.stringify(cs(row.providers))),
            JSON.parse(JSON.stringify(cs(mine.providers))),
          ) ||
          !isDeepStrictEqual(sortJ(row.mappings), sortJ(mine.mappings))
        ) {
          bad++;
          if (bad < 3) {
            const a = row.providers.map(J),
              b = mine.providers.map(J);
            console.log('MISMATCH providers', JSON.stringify(q).slice(0, 200), a.length, b.length);
            for (let i = 0; i < Math.max(a.length, b.length); i++)
              if (a[i] !== b[i]) {
                console.log(' cy', a[i]?.slice(0, 1500));
                console.log(' me', b[i]?.slice(0, 1500));
                break;
              }
          }
        }
      }
    }
  }
  for (const asOf of [null, 2017, 2022]) {
    for (const r of regions.slice(0, synthetic ? 12 : regions.length)) {
      const q = { regionIds: relevantRegionIds(catalog, r), asOf };
      const [row] = await bench.db.read<any>('referrals/find-referral-network', q);
      const mine = referralNetworkIn(p, q);
      n++;
      const norm = (x: any) => ({
        o: sortJ(x.organisations.map((o: any) => ({ ...o, covers: sortJ(o.covers), serves: sortJ(o.serves) }))),
        r: sortJ(x.referrals),
      });
      if (!isDeepStrictEqual(norm(row), norm(mine))) {
        bad++;
        if (bad < 40) {
          const a = norm(row).o,
            b = norm(mine).o;
          for (let i = 0; i < a.length; i++)
            if (a[i] !== b[i]) {
              console.log('CY', a[i]);
              console.log('ME', b[i]);
              break;
            }
        }
        console.log(
          'MISMATCH network',
          r,
          asOf,
          row.organisations.length,
          mine.organisations.length,
          row.referrals.length,
          mine.referrals.length,
        );
      }
    }
  }
  for (const r of [null, ...regions.slice(0, synthetic ? 12 : regions.length)]) {
    const ids = r ? relevantRegionIds(catalog, r) : null;
    const [row] = await bench.db.read<any>('conformance/find-conformance-context', { regionIds: ids });
    const mine = conformanceContextIn(p, ids);
    n++;
    const norm = (x: any) => ({
      rules: x.rules,
      o: x.organisations.map((o: any) => ({ ...o, serves: sortJ(o.serves) })),
    });
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(norm(row))), JSON.parse(JSON.stringify(norm(mine))))) {
      bad++;
      console.log('MISMATCH conformance', r, row.organisations.length, mine.organisations.length);
      if (bad < 5)
        console.log(
          JSON.stringify(norm(row).o.slice(0, 3)).slice(0, 500),
          '\n',
          JSON.stringify(norm(mine).o.slice(0, 3)).slice(0, 500),
        );
    }
  }
  console.log(`${n} comparisons, ${bad} mismatches`);
} finally {
  await bench.close();
}
