import { describe, expect, it } from 'vitest';
import type { Db } from '../db/run.ts';
import { AppError, isAppError } from '../errors.ts';
import { applyPlan, stateMeta } from './apply.ts';
import type { ImportPlan } from './plan.ts';
import { ADMIN, plannedWrite } from './test-fixtures.ts';

const write = plannedWrite;

describe('stateMeta', () => {
  it('describes a node by label and an edge by type, ends and identifying property', () => {
    expect(stateMeta(write({ kind: 'organisation', key: 'kvk' }), 'kvk')).toEqual({
      entity: 'organisation:kvk',
      kind: 'organisation',
      key: 'kvk',
      label: 'Organisation',
    });
    expect(stateMeta(write({ kind: 'coverage', key: 'kvk|NL', from: 'kvk', to: 'NL' }), 'kvk|NL')).toEqual({
      entity: 'coverage:kvk|NL',
      kind: 'coverage',
      key: 'kvk|NL',
      type: 'COVERS',
      fromId: 'kvk',
      toId: 'NL',
      fromLabel: 'Organisation',
      toLabel: 'Region',
    });
    expect(
      stateMeta(write({ kind: 'referral', key: 'new:a|b|referral', from: 'a', to: 'b' }), 'rel-user-1'),
    ).toMatchObject({
      entity: 'referral:rel-user-1',
      type: 'REFERS_TO',
      identity: 'relId',
    });
  });

  it('describes a mapping exactly as the editing API records one, so a revert treats both alike', () => {
    expect(
      stateMeta(write({ kind: 'mapping', key: 'PV20|breed-mkb', from: 'PV20', to: 'breed-mkb' }), 'PV20|breed-mkb'),
    ).toEqual({
      entity: 'mapping:PV20|breed-mkb',
      kind: 'mapping',
      key: 'PV20|breed-mkb',
      type: 'MAPPED_FOR',
      fromId: 'PV20',
      toId: 'breed-mkb',
      fromLabel: 'Region',
      toLabel: 'TargetGroup',
    });
  });
});

describe('applyPlan', () => {
  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  ])('turns a transaction beyond the database’s limits (%s) into a request to split the file', async (code) => {
    const timeout = Object.assign(new Error('terminated'), { code });
    const db = {
      writeTx: () => Promise.reject(new AppError('INTERNAL', 'Internal error', {}, { cause: timeout })),
    } as unknown as Db;
    const plan: ImportPlan = {
      errors: [],
      rows: [],
      summary: {},
      writes: [write({ kind: 'organisation', key: 'kvk', set: { id: 'kvk' } })],
      planHash: 'h',
    };
    const refused = await applyPlan(db, plan, { user: ADMIN, source: 's', comment: null, summary: 's' }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(refused) && refused.code).toBe('BAD_USER_INPUT');
    expect((refused as Error).message).toContain('split the file');
  });

  it('passes other database errors on unchanged', async () => {
    const db = { writeTx: () => Promise.reject(new AppError('DB_UNAVAILABLE', 'down')) } as unknown as Db;
    const plan: ImportPlan = { errors: [], rows: [], summary: {}, writes: [], planHash: 'h' };
    const refused = await applyPlan(db, plan, { user: ADMIN, source: 's', comment: null, summary: 's' }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(refused) && refused.code).toBe('DB_UNAVAILABLE');
  });
});
