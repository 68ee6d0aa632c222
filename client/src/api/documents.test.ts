import { describe, expect, it } from 'vitest';
import { documentFor, splitDefinitions } from './documents.ts';

const files = import.meta.glob<string>('./*.graphql', { query: '?raw', import: 'default', eager: true });
const source = Object.values(files).join('\n');

describe('documentFor', () => {
  it('includes the fragments an operation spreads, transitively, and no others', () => {
    const doc = documentFor('WhoServes', source);
    expect(doc).toMatch(/^query WhoServes/);
    expect(doc).toContain('fragment ProvenanceFields');
    expect(doc).toContain('fragment SourceFields');
    expect(doc).toContain('fragment OrganisationRef');
    expect(doc).toContain('fragment ServingFields');
    expect(doc).not.toContain('fragment GapFields');
    expect(doc).not.toContain('query Coverage');
  });

  it('finds every operation the client defines', () => {
    const names = splitDefinitions(source)
      .filter((d) => d.kind === 'query')
      .map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['Reference', 'GraphSlice', 'OrganisationDetails', 'ReferralPaths']));
    for (const name of names) expect(() => documentFor(name, source)).not.toThrow();
  });

  it('finds the mutations of the edit forms, with the fragment they spread', () => {
    const names = splitDefinitions(source)
      .filter((d) => d.kind === 'mutation')
      .map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['UpdateOrganisation', 'CreateReferral', 'RevertChange']));
    // The edit forms' 15 and the scenarios' 5.
    expect(names).toHaveLength(20);
    expect(names).toEqual(expect.arrayContaining(['CreateScenario', 'AddScenarioChanges', 'DiscardScenario']));
    const doc = documentFor('SetCoverage', source);
    expect(doc).toMatch(/^mutation SetCoverage\(/);
    expect(doc).toContain('fragment ChangeResultFields');
    expect(doc).not.toContain('fragment ChangeFields ');
  });

  it('throws for an unknown operation', () => {
    expect(() => documentFor('Nope', source)).toThrow(/no operation Nope/);
  });
});
