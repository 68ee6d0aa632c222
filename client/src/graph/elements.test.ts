import { describe, expect, it } from 'vitest';
import { degrees, toElements, type GraphSlice } from './elements.ts';

const slice: GraphSlice = {
  nodes: [
    { id: 'kvk', label: 'KVK', type: 'kvk', scale: 'national', generic: false },
    { id: 'group-gemeenten', label: 'Gemeenten', type: 'municipality', scale: 'local', generic: true },
    { id: 'rvo', label: 'RVO', type: null, scale: null, generic: false },
  ],
  edges: [{ id: 'e1', source: 'kvk', target: 'rvo', type: 'REFERS_TO', status: 'active' }],
  total: 3,
  truncated: false,
};

describe('toElements', () => {
  it('turns organisations into nodes with their degree and relations into edges', () => {
    const elements = toElements(slice);
    expect(elements).toHaveLength(4);
    expect(elements[0]).toEqual({
      group: 'nodes',
      data: { id: 'kvk', label: 'KVK', type: 'kvk', scale: 'national', degree: 1 },
      classes: '',
    });
    expect(elements[3]).toMatchObject({ group: 'edges', data: { source: 'kvk', target: 'rvo', status: 'active' } });
  });

  it('marks generic groups and fills unknown type and scale', () => {
    const [, generic, unknown] = toElements(slice);
    expect(generic?.classes).toBe('generic');
    expect(unknown?.data).toMatchObject({ type: 'unknown', scale: 'unknown', degree: 1 });
  });
});

describe('degrees', () => {
  it('counts incoming and outgoing edges', () => {
    expect(Object.fromEntries(degrees(slice))).toEqual({ kvk: 1, 'group-gemeenten': 0, rvo: 1 });
  });
});
