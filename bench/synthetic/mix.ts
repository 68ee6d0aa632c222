// The proportions of the synthetic graph, as data: how many organisations of each scale and type, what
// they are called, whom they serve, and which relations they have with whom. Every id here is a seed
// vocabulary id (generate.test.ts checks that against seed/data/vocabulary.yaml).

/** Share of organisations per scale: many local and regional ones, some provincial, few national. */
export const SCALE_WEIGHTS = {
  local: 50,
  regional: 30,
  provincial: 14,
  'multi-provincial': 4,
  national: 2,
} as const;

export type Scale = keyof typeof SCALE_WEIGHTS;

/** Organisation types per scale (seed `orgTypes`). Governments are left out: the seed has all that exist. */
export const TYPE_WEIGHTS: Readonly<Record<Scale, Readonly<Record<string, number>>>> = {
  local: {
    'business-association': 40,
    'regional-executor': 20,
    other: 12,
    consultancy: 8,
    partnership: 6,
    programme: 5,
    financier: 4,
    'knowledge-institution': 5,
  },
  regional: {
    'regional-executor': 25,
    partnership: 18,
    'business-association': 12,
    programme: 10,
    'knowledge-institution': 8,
    'economic-board': 6,
    financier: 6,
    umbrella: 5,
    'rom-subregional': 3,
    other: 7,
  },
  provincial: {
    'regional-executor': 20,
    programme: 15,
    financier: 12,
    umbrella: 12,
    'knowledge-institution': 10,
    'business-association': 10,
    partnership: 8,
    'economic-board': 6,
    other: 7,
  },
  'multi-provincial': {
    partnership: 25,
    programme: 20,
    'knowledge-institution': 15,
    financier: 15,
    'regional-executor': 15,
    umbrella: 10,
  },
  national: {
    programme: 25,
    umbrella: 20,
    'business-association': 15,
    financier: 10,
    'knowledge-institution': 10,
    'data-provider': 8,
    'advisory-body': 4,
    other: 8,
  },
};

/** How an organisation type presents itself: names (`{place}`, `{topic}`), line, groups and themes it leans to. */
export interface TypeProfile {
  readonly names: readonly string[];
  readonly lines: Readonly<Record<'eerstelijns' | 'tweedelijns' | 'both' | 'none', number>>;
  readonly targetGroups: readonly string[];
  readonly themes: readonly string[];
  readonly description: string;
}

const BUSINESS = ['starter', 'zzp', 'micro-mkb', 'breed-mkb', 'peloton'];
const INNOVATIVE = ['startup', 'scaleup', 'innovatief-mkb', 'groot-mkb'];
const PUBLIC = ['gemeenten', 'regionale-uitvoeringsorganisaties', 'regionale-publieke-stakeholders'];

export const TYPE_PROFILES: Readonly<Record<string, TypeProfile>> = {
  'business-association': {
    names: [
      'Ondernemersvereniging {place}',
      'Ondernemerskring {place}',
      'Industriële Kring {place}',
      'Winkeliersvereniging {place}',
      'Bedrijvenkring {place}',
      'Ondernemersplatform {place}',
    ],
    lines: { eerstelijns: 50, tweedelijns: 0, both: 0, none: 50 },
    targetGroups: BUSINESS,
    themes: ['regionale-economie', 'vestiging', 'personeel-hr', 'wet-en-regelgeving', 'veilig-zakendoen'],
    description: 'Vereniging van ondernemers',
  },
  'regional-executor': {
    names: [
      'Ondernemershuis {place}',
      'Innovatiehuis {place}',
      'Ondernemersloket {place}',
      'Starterscentrum {place}',
      'MKB-werkplaats {topic} {place}',
      'Innovatiemakelaar {place}',
    ],
    lines: { eerstelijns: 55, tweedelijns: 25, both: 15, none: 5 },
    targetGroups: [...BUSINESS, 'innovatief-mkb', 'startup'],
    themes: ['innovatie', 'digitalisering', 'starten', 'groei', 'financiering', 'verduurzaming'],
    description: 'Regionale uitvoeringsorganisatie die ondernemers adviseert',
  },
  partnership: {
    names: [
      'Samenwerkingsverband {place}',
      'Regiodeal {place}',
      'Economische Samenwerking {place}',
      'Pact {topic} {place}',
    ],
    lines: { eerstelijns: 10, tweedelijns: 20, both: 0, none: 70 },
    targetGroups: [...PUBLIC, 'breed-mkb', 'innovatief-mkb'],
    themes: ['regionale-economie', 'transities', 'brede-welvaart', 'clustervorming'],
    description: 'Samenwerkingsverband van overheden, ondernemers en kennisinstellingen',
  },
  programme: {
    names: [
      'Programma {topic} {place}',
      'Versnellingsagenda {topic} {place}',
      'MKB-deal {topic} {place}',
      '{topic}lab {place}',
    ],
    lines: { eerstelijns: 30, tweedelijns: 40, both: 5, none: 25 },
    targetGroups: [...BUSINESS, ...INNOVATIVE],
    themes: ['digitalisering', 'verduurzaming', 'circulariteit', 'smart-industry', 'ai', 'cybersecurity', 'innovatie'],
    description: 'Programma of netwerkinitiatief',
  },
  'knowledge-institution': {
    names: [
      'Hogeschool {place}',
      'Kenniscentrum {topic} {place}',
      'Centre of Expertise {topic} {place}',
      'ROC {place}',
    ],
    lines: { eerstelijns: 10, tweedelijns: 60, both: 0, none: 30 },
    targetGroups: ['innovatief-mkb', 'startup', 'peloton', 'breed-mkb', 'groot-mkb'],
    themes: ['innovatie', 'ai', 'smart-industry', 'data', 'personeel-hr', 'circulariteit'],
    description: 'Kennisinstelling',
  },
  financier: {
    names: [
      'Investeringsfonds {place}',
      'Stimuleringsfonds {place}',
      'Innovatiefonds {topic} {place}',
      'Microkrediet {place}',
    ],
    lines: { eerstelijns: 5, tweedelijns: 80, both: 0, none: 15 },
    targetGroups: ['startup', 'scaleup', 'innovatief-mkb', 'breed-mkb', 'starter'],
    themes: ['financiering', 'groei', 'overheidsinstrumenten'],
    description: 'Financier / kapitaalverstrekker',
  },
  'economic-board': {
    names: ['Economic Board {place}', 'Economische Raad {place}'],
    lines: { eerstelijns: 0, tweedelijns: 10, both: 0, none: 90 },
    targetGroups: [...PUBLIC, 'innovatief-mkb'],
    themes: ['regionale-economie', 'clustervorming', 'transities', 'brede-welvaart'],
    description: 'Triple-helix gremium',
  },
  umbrella: {
    names: ['Koepel Ondernemersverenigingen {place}', 'Platform {topic} {place}', 'Netwerk {topic} {place}'],
    lines: { eerstelijns: 20, tweedelijns: 0, both: 0, none: 80 },
    targetGroups: [...BUSINESS, ...PUBLIC],
    themes: ['regionale-economie', 'wet-en-regelgeving', 'personeel-hr'],
    description: 'Koepel van organisaties',
  },
  'rom-subregional': {
    names: ['Ontwikkelingsmaatschappij {place}', 'Development Agency {place}'],
    lines: { eerstelijns: 10, tweedelijns: 70, both: 20, none: 0 },
    targetGroups: INNOVATIVE,
    themes: ['innovatie', 'financiering', 'export-internationaal', 'clustervorming', 'vestiging'],
    description: 'Sub-regionale ontwikkelingsorganisatie',
  },
  consultancy: {
    names: ['Adviesbureau {topic} {place}', '{topic} Advies {place}'],
    lines: { eerstelijns: 20, tweedelijns: 40, both: 0, none: 40 },
    targetGroups: BUSINESS,
    themes: ['financiering', 'personeel-hr', 'digitalisering', 'stoppen', 'groei'],
    description: 'Adviesbureau',
  },
  'data-provider': {
    names: ['Regiodata {place}', 'Monitor {topic} {place}'],
    lines: { eerstelijns: 0, tweedelijns: 0, both: 0, none: 100 },
    targetGroups: PUBLIC,
    themes: ['data', 'regionale-economie'],
    description: 'Data provider',
  },
  'advisory-body': {
    names: ['Adviesraad {topic} {place}'],
    lines: { eerstelijns: 0, tweedelijns: 0, both: 0, none: 100 },
    targetGroups: PUBLIC,
    themes: ['overheidsinstrumenten', 'transities'],
    description: 'Adviesorgaan',
  },
  other: {
    names: ['Stichting Ondernemen {place}', 'Ondernemersfonds {place}', 'Stichting {topic} {place}'],
    lines: { eerstelijns: 30, tweedelijns: 10, both: 0, none: 60 },
    targetGroups: [...BUSINESS, 'various'],
    themes: ['starten', 'regionale-economie', 'verduurzaming', 'stoppen'],
    description: 'Organisatie zonder nader type',
  },
};

/** Words for `{topic}` in names. */
export const NAME_TOPICS = [
  'Innovatie',
  'Digitalisering',
  'Duurzaam Ondernemen',
  'Export',
  'Circulair',
  'Smart Industry',
  'Techniek',
  'Food',
  'Zorg',
  'Logistiek',
  'Energie',
  'Vakmanschap',
];

/** Roles of a SERVES edge (seed `targetGroupRoles`, not-served apart: a synthetic organisation lists what it does). */
export const ROLE_WEIGHTS = { primary: 40, secondary: 30, developing: 10, unspecified: 20 } as const;

/** Relation statuses (seed `relationStatuses`). */
export const STATUS_WEIGHTS = { active: 70, pilot: 7, planned: 7, wished: 6, recommended: 4, past: 6 } as const;

/** Which organisations may stand at either end of a relation. */
export type Category = 'any' | 'membership' | 'funder' | 'coordinator' | 'data' | 'adviser' | 'knowledge';

export const CATEGORY_TYPES: Readonly<Record<Exclude<Category, 'any'>, readonly string[]>> = {
  membership: ['umbrella', 'partnership', 'business-association', 'economic-board'],
  funder: ['financier', 'programme', 'economic-board', 'rom-subregional'],
  coordinator: ['partnership', 'economic-board', 'umbrella', 'rom-subregional'],
  data: ['data-provider', 'knowledge-institution'],
  adviser: ['consultancy', 'knowledge-institution', 'advisory-body'],
  knowledge: ['knowledge-institution'],
};

/** Relation kinds between synthetic organisations (seed `relationKinds`): share and who is at each end. */
export const RELATION_MIX: Readonly<Record<string, { weight: number; from: Category; to: Category }>> = {
  referral: { weight: 36, from: 'any', to: 'any' },
  warm_handover: { weight: 8, from: 'any', to: 'any' },
  collaboration: { weight: 22, from: 'any', to: 'any' },
  member_of: { weight: 10, from: 'any', to: 'membership' },
  funding: { weight: 7, from: 'funder', to: 'any' },
  coordination: { weight: 4, from: 'coordinator', to: 'any' },
  steering: { weight: 2, from: 'coordinator', to: 'any' },
  data_supply: { weight: 3, from: 'data', to: 'any' },
  informs: { weight: 3, from: 'any', to: 'any' },
  consultation: { weight: 1.5, from: 'any', to: 'any' },
  advises: { weight: 1.5, from: 'adviser', to: 'any' },
  knowledge_link: { weight: 2, from: 'any', to: 'knowledge' },
};

/**
 * Where the other end of a relation lies, seen from the first: most within the province (three in four),
 * some across a province border, a few with national organisations.
 */
export const LOCALITY_WEIGHTS = { corop: 35, province: 40, kvkRegion: 10, country: 10, national: 5 } as const;

/** Share of organisations with no relation at all (the API reports them as isolated). */
export const ISOLATED_SHARE = 0.03;

/** Share of relations with a real organisation of the seed (a province funds, a ROM is referred to). */
export const ANCHOR_SHARE = 0.05;

/** Relation kind with a real organisation, by its type; `in` = the real one is the source. */
export const ANCHOR_KINDS: Readonly<Record<string, { kind: string; in: boolean }>> = {
  province: { kind: 'funding', in: true },
  municipality: { kind: 'funding', in: true },
  ministry: { kind: 'funding', in: true },
  'ministry-unit': { kind: 'steering', in: true },
  'data-provider': { kind: 'data_supply', in: true },
  rom: { kind: 'referral', in: false },
  'rom-subregional': { kind: 'referral', in: false },
  kvk: { kind: 'referral', in: false },
  agency: { kind: 'referral', in: false },
  'regional-executor': { kind: 'referral', in: false },
  financier: { kind: 'referral', in: false },
  umbrella: { kind: 'member_of', in: false },
  'business-association': { kind: 'member_of', in: false },
  partnership: { kind: 'member_of', in: false },
  'economic-board': { kind: 'member_of', in: false },
  'knowledge-institution': { kind: 'knowledge_link', in: false },
};

/** The `subject` a synthetic relation of each kind may carry. */
export const RELATION_SUBJECTS: Readonly<Record<string, string>> = {
  referral: 'Doorverwijzing van ondernemers met een vervolgvraag',
  warm_handover: 'Warme overdracht van ondernemers',
  collaboration: 'Samenwerking in de regio',
  member_of: 'Lidmaatschap',
  funding: 'Financiering van activiteiten',
  coordination: 'Afstemming van het regionale aanbod',
  steering: 'Opdrachtgeverschap',
  data_supply: 'Levering van regiodata',
  informs: 'Informeren over het aanbod',
  consultation: 'Consultatie over nieuwe activiteiten',
  advises: 'Advies',
  knowledge_link: 'Kennisuitwisseling',
};
