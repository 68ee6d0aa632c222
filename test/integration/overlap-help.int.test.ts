import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';

// Overlap means the same help: two providers overlap only when they give the same kind of help to the same group
// in the same region in a shared phase (docs/overlap.md). Checked against the seeded report.

interface Pair {
  targetGroup: { id: string };
  organisations: { id: string }[];
  sharedHelp: string[];
  phaseChecked: boolean;
  explanation: string;
}
interface Complement {
  organisations: { id: string }[];
  help: { organisation: { id: string }; help: string[] }[];
  sharedHelp: string[];
  explanation: string;
}

const PAIRS = `query($region: ID!, $tg: ID, $asOf: Int) {
  overlaps(region: $region, targetGroup: $tg, asOf: $asOf) {
    targetGroup { id } organisations { id } sharedHelp phaseChecked explanation
  }
  complements(region: $region, targetGroup: $tg, asOf: $asOf) {
    organisations { id } help { organisation { id } help } sharedHelp explanation
  }
}`;

async function pairs(region: string, tg: string, asOf?: number) {
  const res = await gql<{ overlaps: Pair[]; complements: Complement[] }>(PAIRS, { region, tg, asOf });
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const ids = (p: { organisations: { id: string }[] }) =>
  p.organisations
    .map((o) => o.id)
    .sort()
    .join(' + ');

describe('kinds of help', () => {
  it('lists the six kinds of help of the vocabulary in order, in Dutch and English, with sources', async () => {
    const res = await gql<{ helpKinds: { id: string; name: string; nameEn: string; sources: string[] }[] }>(
      '{ helpKinds { id name nameEn sources } }',
    );
    expect(res.data!.helpKinds.map((k) => k.id)).toEqual([
      'informeren-wegwijzen',
      'advies-begeleiding',
      'financiering',
      'netwerk-community',
      'kennis-onderzoek',
      'regelingen-programmas',
    ]);
    expect(res.data!.helpKinds[1]).toMatchObject({ name: 'Advies en begeleiding', nameEn: 'Advice and guidance' });
    for (const k of res.data!.helpKinds) expect(k.sources.length, k.id).toBeGreaterThan(0);
  });

  it('says what each provider of breed mkb in Fryslân gives: FOM finances, YnBusiness advises, KVK informs', async () => {
    const res = await gql<{
      whoServes: { organisation: { id: string }; help: string[]; statements: { help: string[] }[] }[];
    }>('{ whoServes(targetGroup: "breed-mkb", region: "PV21") { organisation { id } help statements { help } } }');
    const help = Object.fromEntries(res.data!.whoServes.map((m) => [m.organisation.id, m.help]));
    expect(help).toMatchObject({
      fom: ['financiering'],
      ynbusiness: ['advies-begeleiding'],
      kvk: ['informeren-wegwijzen'],
    });
    const fom = res.data!.whoServes.find((m) => m.organisation.id === 'fom');
    expect(fom?.statements.map((s) => s.help)).toEqual([['financiering']]);
  });
});

describe('overlap means the same help', () => {
  it('marks breed mkb in Fryslân as COVERED, not OVERLAP: its two primary providers give different help', async () => {
    const res = await gql<{ coverage: { cells: { region: string; status: string; primaryProviders: number }[] } }>(
      '{ coverage(level: PROVINCE, targetGroups: ["breed-mkb"]) { cells { region status primaryProviders } } }',
    );
    const fryslan = res.data!.coverage.cells.find((c) => c.region === 'PV21');
    expect(fryslan).toMatchObject({ status: 'COVERED', primaryProviders: 2 });
  });

  it('finds no overlap for breed mkb in Fryslân, and lists FOM, YnBusiness and KVK as complementing each other', async () => {
    const { overlaps, complements } = await pairs('PV21', 'breed-mkb');
    expect(overlaps).toEqual([]);
    expect(complements.map(ids)).toEqual(expect.arrayContaining(['fom + ynbusiness', 'fom + kvk', 'kvk + ynbusiness']));
    const fomYn = complements.find((c) => ids(c) === 'fom + ynbusiness');
    expect(fomYn?.sharedHelp).toEqual([]);
    expect(Object.fromEntries(fomYn!.help.map((h) => [h.organisation.id, h.help]))).toEqual({
      fom: ['financiering'],
      ynbusiness: ['advies-begeleiding'],
    });
    expect(fomYn?.explanation).toContain('complement each other');
  });

  it('shows the overlap the report names: KVK and a regional executor both inform the breed mkb (§7.2.2 [L1059], gap-22)', async () => {
    const { overlaps } = await pairs('PV23', 'breed-mkb');
    const pair = overlaps.find((o) => ids(o) === 'kennispoort-regio-zwolle + kvk');
    expect(pair).toMatchObject({ targetGroup: { id: 'breed-mkb' }, sharedHelp: ['informeren-wegwijzen'] });
    // Kennispoort's phases are not recorded, so the phase could not rule the overlap out: a possible overlap.
    expect(pair?.phaseChecked).toBe(false);
    expect(pair?.explanation).toContain('both give informeren-wegwijzen to breed-mkb');
    expect(pair?.explanation).toContain('possible overlap');
  });

  it('does not pair two providers that each work in another part of the province (Regio Zwolle, Twente)', async () => {
    const { overlaps, complements } = await pairs('PV23', 'breed-mkb');
    expect([...overlaps, ...complements].map(ids)).not.toContain('kennispoort-regio-zwolle + novel-t');
    expect((await pairs('GM0153', 'startup')).overlaps.map(ids)).toContain('novel-t + oost-nl');
  });

  it('pairs nobody with an organisation that has ended, unless asked about its years (Syntens, 2014)', async () => {
    const now = await pairs('PV21', 'breed-mkb');
    expect([...now.overlaps, ...now.complements].flatMap((p) => p.organisations.map((o) => o.id))).not.toContain(
      'syntens',
    );
    const then = await pairs('PV21', 'breed-mkb', 2014);
    expect(then.overlaps.map(ids)).toContain('syntens + ynbusiness');
  });
});
