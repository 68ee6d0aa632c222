import { describe, expect, it } from 'vitest';
import { degrees, roleFor, toElements, withRemoved, type GraphSlice } from './elements.ts';

const slice: GraphSlice = {
  nodes: [
    {
      id: 'kvk',
      label: 'KVK',
      type: 'kvk',
      scale: 'national',
      generic: false,
      lines: ['eerstelijns'],
      phases: ['weten'],
      serves: [{ targetGroup: 'breed-mkb', role: 'SECONDARY' }],
    },
    {
      id: 'group-gemeenten',
      label: 'Gemeenten',
      type: 'municipality',
      scale: 'local',
      generic: true,
      lines: [],
      phases: [],
      serves: [],
    },
    {
      id: 'ynbusiness',
      label: 'YnBusiness',
      type: null,
      scale: null,
      generic: false,
      lines: [],
      phases: [],
      serves: [{ targetGroup: 'breed-mkb', role: 'PRIMARY' }],
    },
  ],
  edges: [
    { id: 'e1', source: 'kvk', target: 'ynbusiness', type: 'REFERS_TO', kind: 'referral', status: 'active' },
    { id: 'e2', source: 'ynbusiness', target: 'kvk', type: 'REFERS_TO', kind: 'warm-handover', status: 'planned' },
    { id: 'e3', source: 'kvk', target: 'group-gemeenten', type: 'FUNDS', kind: null, status: 'wished' },
  ],
  total: 3,
  truncated: false,
};
const options = { targetGroup: 'breed-mkb', statusLabel: (s: string) => `<${s}>` };

describe('toElements', () => {
  it('turns organisations into nodes with their degree and role, and relations into edges', () => {
    const elements = toElements(slice, options);
    expect(elements).toHaveLength(6);
    expect(elements[0]).toEqual({
      group: 'nodes',
      data: {
        id: 'kvk',
        label: 'KVK',
        type: 'kvk',
        scale: 'national',
        phases: ['weten'],
        degree: 3,
        role: 'SECONDARY',
      },
      classes: 'role-secondary',
    });
    expect(elements[3]).toMatchObject({
      group: 'edges',
      data: { source: 'kvk', target: 'ynbusiness', status: 'active' },
    });
  });

  it('marks generic groups and fills unknown type and scale', () => {
    const [, generic, unknown] = toElements(slice, options);
    expect(generic?.classes).toBe('generic');
    expect(unknown?.data).toMatchObject({ type: 'unknown', scale: 'unknown', degree: 2, role: 'PRIMARY' });
  });

  it('labels referrals that are not operational and marks warm handovers', () => {
    const edges = toElements(slice, options).filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data['label'])).toEqual(['', '<planned>', '']);
    expect(edges.map((e) => e.classes)).toEqual(['referral', 'referral warm-handover', '']);
  });

  it('gives no role without a target group', () => {
    const [kvk] = toElements(slice, { ...options, targetGroup: null });
    expect(kvk?.data['role']).toBe('none');
    expect(kvk?.classes).toBe('');
  });
});

describe('degrees and roleFor', () => {
  it('counts incoming and outgoing edges', () => {
    expect(Object.fromEntries(degrees(slice))).toEqual({ kvk: 3, 'group-gemeenten': 1, ynbusiness: 2 });
  });

  it('finds the role of a node for a group', () => {
    expect(roleFor(slice.nodes[2]!, 'breed-mkb')).toBe('PRIMARY');
    expect(roleFor(slice.nodes[2]!, 'zzp')).toBeNull();
    expect(roleFor(slice.nodes[2]!, null)).toBeNull();
  });
});

describe('toElements with a scenario', () => {
  it('marks what the scenario adds with a class and a text beside its label, never the colour alone', () => {
    const marked: GraphSlice = {
      ...slice,
      nodes: [
        ...slice.nodes,
        { ...slice.nodes[2]!, id: 'loket', label: 'Loket', scenarioChange: 'ADDED', scenarioChanges: ['c1'] },
      ],
      edges: [
        ...slice.edges,
        {
          id: 's:c2',
          source: 'kvk',
          target: 'loket',
          type: 'REFERS_TO',
          kind: 'referral',
          status: 'active',
          scenarioChange: 'ADDED',
          scenarioChanges: ['c2'],
        },
      ],
    };
    const elements = toElements(marked, { ...options, scenarioLabel: (m) => `[${m}]` });
    const node = elements.find((e) => e.data.id === 'loket')!;
    expect(node.data.label).toBe('Loket ([ADDED])');
    expect(node.classes).toContain('scenario-added');
    const edge = elements.find((e) => e.data.id === 's:c2')!;
    expect(edge.classes).toContain('scenario-added');
    expect(edge.data['label']).toBe('[ADDED]');
    expect(elements.find((e) => e.data.id === 'kvk')!.classes).not.toContain('scenario');
  });
});

describe('withRemoved', () => {
  it('puts back what the scenario removes, so a comparison draws it marked', () => {
    const removed = { ...slice.nodes[1]!, id: 'weg', scenarioChange: 'REMOVED' as const, scenarioChanges: ['c3'] };
    const out = withRemoved({ ...slice, removedNodes: [removed], removedEdges: [] });
    expect(out.nodes.map((n) => n.id)).toEqual(['kvk', 'group-gemeenten', 'ynbusiness', 'weg']);
    const node = toElements(out, { ...options, scenarioLabel: (m) => `[${m}]` }).find((e) => e.data.id === 'weg')!;
    expect(node.classes).toContain('scenario-removed');
    expect(withRemoved(slice)).toBe(slice);
  });
});
