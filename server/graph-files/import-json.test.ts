import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/run.ts';
import { AppError } from '../errors.ts';
import { importGraph, importGraphText } from './import-json.ts';

const doc = {
  format: 'ecosysteemkaart-graph',
  formatVersion: 1,
  nodes: [{ labels: ['Organisation'], properties: { id: 'kvk' }, types: { id: 'STRING' } }],
  relationships: [],
};

/** A Db whose transaction fails the way the driver reports it; only the error handling is under test here. */
function failingDb(error: unknown): Db & { writeTx: ReturnType<typeof vi.fn> } {
  return { writeTx: vi.fn(() => Promise.reject(error)) } as unknown as Db & { writeTx: ReturnType<typeof vi.fn> };
}

const opts = { user: 'anna', role: 'ADMIN' as const, source: 'backup' };

describe('importGraph', () => {
  it('refuses an invalid file before opening a transaction', async () => {
    const db = failingDb(new Error('must not be called'));
    const error = await importGraph(db, { ...doc, formatVersion: 3 }, opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { problems: [{ path: 'formatVersion' }] } });
    expect(db.writeTx).not.toHaveBeenCalled();
  });

  it('refuses malformed text naming line and column', async () => {
    const db = failingDb(new Error('must not be called'));
    const error = await importGraphText(db, '{\n"format": }', opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { problems: [{ path: 'line 2, column 11' }] } });
  });

  it('leaves a full import to nationwide users (the province scope decides, before any transaction)', async () => {
    const db = failingDb(new Error('must not be called'));
    const limited = { ...opts, role: 'EDITOR' as const, provinces: ['PV23'] };
    await expect(importGraph(db, doc, limited)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(db.writeTx).not.toHaveBeenCalled();
  });

  it('asks for a source', async () => {
    const db = failingDb(new Error('must not be called'));
    await expect(importGraph(db, doc, { ...opts, source: ' ' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('turns a transaction that ran out of time into a clear refusal', async () => {
    const timeout = new AppError(
      'INTERNAL',
      'Internal error while querying the database.',
      {},
      {
        cause: { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' },
      },
    );
    const error = await importGraph(failingDb(timeout), doc, opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { nodes: 1, relationships: 0 } });
    expect((error as Error).message).toMatch(/nothing was imported/);
  });

  it('passes other failures on unchanged', async () => {
    const unavailable = new AppError(
      'DB_UNAVAILABLE',
      'The database is not reachable at the moment; try again shortly.',
    );
    await expect(importGraph(failingDb(unavailable), doc, opts)).rejects.toBe(unavailable);
  });
});
