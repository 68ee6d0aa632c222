import type { OrganisationDetails } from '../views/context.ts';

const provenance = { kind: 'REPORT' as const, note: null, ambiguity: null, reading: null, sources: [] };

/** A loaded organisation as the details panel has it, for the form tests. */
export const YNBUSINESS: OrganisationDetails = {
  id: 'ynbusiness',
  name: 'YnBusiness',
  type: 'regional-executor',
  scale: 'provincial',
  version: 3,
  editable: true,
  aliases: ['Yn Business'],
  generic: false,
  lines: ['eerstelijns'],
  phases: ['weten', 'kunnen'],
  themes: [],
  description: 'Eerstelijns ondersteuning in Fryslân.',
  validFrom: 2015,
  validTo: null,
  provenance: {
    ...provenance,
    sources: [{ document: 'kplusv-2023', citation: 'Bijlage 7', section: null, lineFrom: null, lineTo: null }],
  },
  coverage: [
    {
      region: { id: 'PV21', name: 'Fryslân', level: 'PROVINCE' },
      version: 1,
      partial: false,
      validFrom: null,
      validTo: null,
      provenance,
    },
  ],
  serves: [
    {
      key: 'ynbusiness|breed-mkb||',
      version: 0,
      targetGroup: { id: 'breed-mkb', name: 'breed mkb', nameEn: 'broad SME' },
      role: 'PRIMARY',
      likelyRole: null,
      phases: ['weten'],
      themes: [],
      lines: ['eerstelijns', 'tweedelijns'],
      scope: null,
      validFrom: 2020,
      validTo: null,
      provenance,
    },
  ],
  services: [
    {
      id: 'act-spreekuur',
      version: 2,
      name: 'Spreekuur',
      description: null,
      targetGroups: ['breed-mkb'],
      group: null,
      validFrom: 2019,
      validTo: null,
      oneOffYears: [],
      status: 'active',
      renamedTo: null,
      provenance,
    },
  ],
  referralsOut: [
    {
      id: 'rel-007',
      version: 0,
      kind: 'warm-handover',
      status: 'planned',
      subject: null,
      targetGroups: [],
      validFrom: 2024,
      validTo: null,
      from: { id: 'ynbusiness', name: 'YnBusiness' },
      to: { id: 'nom', name: 'NOM' },
      provenance,
    },
  ],
  referralsIn: [],
};
