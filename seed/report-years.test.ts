import { beforeAll, describe, expect, it } from 'vitest';
import type { Props } from './row-props.ts';
import { toSeedRows, type SeedRows } from './rows.ts';
import { validateSeedDir } from './validate.ts';
import { readReportYearItems, type ReportYearItem } from '../test/helpers/report-years.ts';

// Every dated item of the report (test/fixtures/report-years.yaml) checked on the rows the seed writes: the fact
// holds in each year of `in` and not in any year of `notIn`. test/integration/report-years.int.test.ts asks the
// same of the API.

type Item = ReportYearItem;
const items = readReportYearItems();

let rows: SeedRows;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  rows = toSeedRows(v.data);
});

const validIn = (p: Props | undefined, year: number): boolean =>
  p !== undefined &&
  ((p['validFrom'] as number | undefined) ?? -Infinity) <= year &&
  year <= ((p['validTo'] as number | undefined) ?? Infinity);

const organisation = (id: string): Props => {
  const found = rows.organisations.find((o) => o.id === id);
  if (!found) throw new Error(`no organisation ${id}`);
  return found.props;
};

/** The regions containing `region`, itself included (municipality → … → NL). */
function regionAndAncestors(region: string): Set<string> {
  const found = new Set([region]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of rows.regionParts)
      if (found.has(p.child) && !found.has(p.parent)) {
        found.add(p.parent);
        grew = true;
      }
  }
  return found;
}

/** Whether the item's fact holds in `year`, read from the seed rows. */
function holds(item: Item, year: number): boolean {
  if (item.service !== undefined) {
    const a = rows.activities.find((x) => x.id === item.service);
    if (!a) throw new Error(`no activity ${item.service}`);
    const runBy = item.runBy ?? 'kvk';
    // Who runs it: the owner (RUNS {owner: true}), or another organisation through a RUNS relation (rel-NNN).
    const run =
      a.owner === runBy
        ? a.ownerProps
        : rows.relations.find((r) => r.type === 'RUNS' && r.from === runBy && r.to === a.id)?.props;
    return validIn(a.props, year) && validIn(run, year) && validIn(organisation(runBy), year);
  }
  if (item.serves !== undefined) {
    const { organisation: org, targetGroup, region } = item.serves;
    const around = regionAndAncestors(region);
    return (
      validIn(organisation(org), year) &&
      rows.serves.some(
        (s) =>
          s.org === org && s.targetGroup === targetGroup && s.props['role'] !== 'not-served' && validIn(s.props, year),
      ) &&
      rows.covers.some((c) => c.org === org && around.has(c.region) && validIn(c.props, year))
    );
  }
  if (item.organisation !== undefined) return validIn(organisation(item.organisation), year);
  const r = rows.relations.find((x) => x.relId === item.relation);
  if (!r) throw new Error(`no relation ${item.relation}`);
  const ends = [r.from, r.to].filter((id) => rows.organisations.some((o) => o.id === id));
  return validIn(r.props, year) && ends.every((id) => validIn(organisation(id), year));
}

describe('the report’s dated items on the seed rows', () => {
  it('lists every row of Bijlage 3 (28) and Bijlage 4 (29) and the 23 changes between them', () => {
    const on = (from: number, to: number) => items.filter((i) => i.line >= from && i.line <= to);
    expect(on(1244, 1272)).toHaveLength(28);
    expect(on(1293, 1323)).toHaveLength(29);
    // EEN and the three renamings are two items each: the old and the new runner or name.
    expect(on(1329, 1361)).toHaveLength(23 + 4);
    for (const i of items) expect((i.in ?? []).length + (i.notIn ?? []).length, `L${i.line}`).toBeGreaterThan(0);
  });

  for (const item of items) {
    const fact =
      item.service ??
      item.organisation ??
      item.relation ??
      `${item.serves!.organisation} → ${item.serves!.targetGroup} in ${item.serves!.region}`;
    it(`holds L${item.line} "${item.says}" for ${fact}${item.runBy ? ` run by ${item.runBy}` : ''}`, () => {
      for (const year of item.in ?? []) expect(holds(item, year), `${fact} in ${year}`).toBe(true);
      for (const year of item.notIn ?? []) expect(holds(item, year), `${fact} not in ${year}`).toBe(false);
    });
  }
});
