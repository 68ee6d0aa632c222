import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT_DIR } from '../../server/config.ts';
import { gql } from '../helpers/graphql.ts';

// The report's questions beside the 50 oracles (test/fixtures/report-questions.yaml), each asked through the API
// as the explorer asks it and checked against what the report says, with the lines that say it.

interface Expect {
  includes?: string[];
  excludes?: string[];
  status?: string;
  statusIn?: string[];
  gapSourceLine?: number;
  derivedFrom?: Record<string, string>;
  viaBroaderGroup?: Record<string, string>;
  partialGroup?: string[];
  help?: Record<string, string[]>;
  noOverlap?: [string, string][];
  overlap?: [string, string][];
  onceEach?: boolean;
  firstResult?: string;
  figure?: { id: string; value: number };
}
interface Question {
  id: string;
  topic: string;
  question: string;
  sources: string[];
  ask: { query: string; region?: string; targetGroup?: string; asOf?: number; text?: string };
  expect: Expect;
}

const QUESTIONS = (
  parse(readFileSync(path.join(ROOT_DIR, 'test', 'fixtures', 'report-questions.yaml'), 'utf8')) as {
    questions: Question[];
  }
).questions;

interface Statement {
  targetGroupVia: string | null;
  targetGroupRelation: string;
  partial: boolean;
  help: string[];
  derivedFrom: { collective: { id: string } } | null;
}
interface Row extends Statement {
  organisation: { id: string };
  statements: Statement[];
}
interface Source {
  lineFrom: number | null;
  lineTo: number | null;
}
interface Cell {
  status: string;
  providerIds: string[];
  mappings: { provenance: { sources: Source[] } }[];
}

const STATEMENT = 'targetGroupVia targetGroupRelation partial help derivedFrom { collective { id } }';
const WHO = `query($region: ID!, $targetGroup: ID!, $asOf: Int) {
  whoServes(region: $region, targetGroup: $targetGroup, asOf: $asOf) {
    organisation { id } ${STATEMENT} statements { ${STATEMENT} } } }`;
const CELL = `query($region: ID!, $targetGroup: ID!, $asOf: Int) {
  coverageCell(region: $region, targetGroup: $targetGroup, asOf: $asOf) {
    status providerIds mappings { provenance { sources { lineFrom lineTo } } } }
  whoServes(region: $region, targetGroup: $targetGroup, asOf: $asOf) {
    organisation { id } ${STATEMENT} statements { ${STATEMENT} } } }`;
const OVERLAPS = `query($region: ID!, $targetGroup: ID) {
  overlaps(region: $region, targetGroup: $targetGroup) { organisations { id } sharedHelp } }`;
const SEARCH = `query($text: String) { organisations(filter: { search: $text }, first: 5) {
  edges { node { id figures { id value } } } } }`;
const REGION = `query($id: ID!) { region(id: $id) { id } }`;

async function ask<T>(query: string, vars: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(query, vars);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' & ');

/** Checks what an answer of whoServes says, whichever question asked it. */
function checkRows(q: Question, rows: Row[]) {
  const ids = rows.map((r) => r.organisation.id);
  const e = q.expect;
  for (const id of e.includes ?? []) expect(ids, `${q.id}: ${id} answers`).toContain(id);
  for (const id of e.excludes ?? []) expect(ids, `${q.id}: ${id} does not answer`).not.toContain(id);
  if (e.onceEach) expect(new Set(ids).size, `${q.id}: each organisation once`).toBe(ids.length);
  const row = (id: string) => {
    const r = rows.find((x) => x.organisation.id === id);
    expect(r, `${q.id}: ${id} answers`).toBeDefined();
    return r!;
  };
  for (const [id, group] of Object.entries(e.viaBroaderGroup ?? {})) {
    const statements = row(id).statements;
    expect(
      statements.some((s) => s.targetGroupRelation === 'BROADER' && s.targetGroupVia === group),
      `${q.id}: ${id} serves ${q.ask.targetGroup} through ${group}`,
    ).toBe(true);
  }
  for (const id of e.partialGroup ?? []) {
    const r = row(id);
    expect(r.partial, `${q.id}: ${id} serves part of the group`).toBe(true);
    expect(r.targetGroupRelation).toBe('NARROWER');
  }
  for (const [id, collective] of Object.entries(e.derivedFrom ?? {})) {
    expect(
      row(id).statements.some((s) => s.derivedFrom?.collective.id === collective),
      `${q.id}: ${id}'s statement derives from ${collective}`,
    ).toBe(true);
  }
  for (const [id, kinds] of Object.entries(e.help ?? {})) {
    const r = rows.find((x) => x.organisation.id === id);
    if (q.ask.query === 'overlaps' && !r) continue;
    for (const k of kinds) expect(row(id).help, `${q.id}: ${id} gives ${k}`).toContain(k);
  }
}

describe('the report questions', () => {
  it('are at least 30, each with a report line', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) expect(q.sources.join(' '), q.id).toMatch(/\[L\d+/);
    // Breed mkb in each of the twelve provinces: served, gap or not mapped, and why.
    const provinces = QUESTIONS.filter((q) => q.ask.query === 'coverageCell' && q.ask.targetGroup === 'breed-mkb');
    expect(new Set(provinces.map((q) => q.ask.region)).size).toBe(12);
  });

  for (const q of QUESTIONS) {
    it(`${q.id} (${q.topic}): ${q.question}`, async () => {
      const e = q.expect;
      const where = { region: q.ask.region, targetGroup: q.ask.targetGroup, asOf: q.ask.asOf ?? null };
      switch (q.ask.query) {
        case 'whoServes': {
          checkRows(q, (await ask<{ whoServes: Row[] }>(WHO, where)).whoServes);
          break;
        }
        case 'coverageCell': {
          const { coverageCell: cell, whoServes } = await ask<{ coverageCell: Cell; whoServes: Row[] }>(CELL, where);
          if (e.status) expect(cell.status, q.id).toBe(e.status);
          if (e.statusIn) expect(e.statusIn, `${q.id}: ${cell.status}`).toContain(cell.status);
          if (e.gapSourceLine !== undefined && (cell.status === 'GAP' || cell.status === 'DEVELOPING')) {
            const line = e.gapSourceLine;
            const cited = cell.mappings.some((m) =>
              m.provenance.sources.some(
                (s) => s.lineFrom !== null && s.lineFrom <= line && line <= (s.lineTo ?? s.lineFrom),
              ),
            );
            expect(cited, `${q.id}: the mapping cites L${line}`).toBe(true);
          }
          if (cell.status === 'UNMAPPED') expect(cell.mappings, q.id).toEqual([]);
          for (const id of e.excludes ?? []) expect(cell.providerIds, `${q.id}: ${id} not counted`).not.toContain(id);
          checkRows({ ...q, expect: { ...e, excludes: [] } }, whoServes);
          break;
        }
        case 'overlaps': {
          const pairs = (
            await ask<{ overlaps: { organisations: { id: string }[]; sharedHelp: string[] }[] }>(OVERLAPS, where)
          ).overlaps;
          const keys = pairs.map((p) => pairKey(p.organisations[0]!.id, p.organisations[1]!.id));
          for (const [a, b] of e.noOverlap ?? [])
            expect(keys, `${q.id}: ${a} and ${b} complement`).not.toContain(pairKey(a, b));
          for (const [a, b] of e.overlap ?? []) expect(keys, `${q.id}: ${a} and ${b} overlap`).toContain(pairKey(a, b));
          const named = pairs.flatMap((p) => p.organisations.map((o) => o.id));
          for (const id of e.excludes ?? []) expect(named, `${q.id}: ${id} is in no pair`).not.toContain(id);
          if (e.help && q.ask.targetGroup) {
            checkRows({ ...q, expect: { help: e.help } }, (await ask<{ whoServes: Row[] }>(WHO, where)).whoServes);
          }
          break;
        }
        case 'searchOrganisations': {
          const edges = (
            await ask<{
              organisations: { edges: { node: { id: string; figures: { id: string; value: number }[] } }[] };
            }>(SEARCH, { text: q.ask.text })
          ).organisations.edges;
          expect(edges[0]?.node.id, q.id).toBe(e.firstResult);
          if (e.figure) expect(edges[0]!.node.figures, q.id).toContainEqual(e.figure);
          break;
        }
        case 'region': {
          expect((await ask<{ region: { id: string } | null }>(REGION, { id: q.ask.region })).region?.id, q.id).toBe(
            e.firstResult,
          );
          break;
        }
        default:
          throw new Error(`${q.id}: unknown query ${q.ask.query}`);
      }
    });
  }
});
