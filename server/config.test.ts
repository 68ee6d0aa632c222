import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, ROOT_DIR } from './config.ts';

describe('loadConfig', () => {
  it('uses the embedded Neo4j on 127.0.0.1:7687 when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ kind: 'local', boltPort: 7687, database: 'neo4j' });
    if (config.neo4j.kind === 'local') expect(config.neo4j.dataDir).toBe(path.join(ROOT_DIR, '.neo4j', 'data'));
  });

  it('treats empty strings as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.kind).toBe('local');
  });

  it('uses an existing Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_DATABASE: 'map',
    });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 's3cret',
      database: 'map',
    });
  });

  it('takes every URI scheme of the driver: direct (bolt) and routing (neo4j), plain or with TLS', () => {
    for (const uri of [
      'bolt://db.internal:7687',
      'bolt+s://db.example.org',
      'bolt+ssc://10.0.0.5:7687',
      'neo4j://127.0.0.1:7687',
      'neo4j+s://abc.databases.neo4j.io',
      'neo4j+ssc://cluster.internal:7687',
    ]) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }).neo4j, uri).toMatchObject({ kind: 'external', uri });
    }
  });

  it('refuses a NEO4J_URI of another scheme or without a host, naming the variable', () => {
    for (const uri of ['http://db:7474', 'neo4j+x://db', 'neo4j://', 'bolt:db:7687', 'db.internal:7687']) {
      expect(() => loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }), uri).toThrow(/NEO4J_URI: must start with/);
    }
  });

  it('refuses NEO4J_URI without NEO4J_PASSWORD, naming the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('names every invalid variable at once', () => {
    try {
      loadConfig({ PORT: '99999', NEO4J_URI: 'http://db', NEO4J_LOCAL_HEAP: 'lots' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/NEO4J_URI/);
      expect(message).toMatch(/NEO4J_LOCAL_HEAP/);
    }
  });

  it('lets no other page frame the explorer unless FRAME_ANCESTORS says so', () => {
    expect(loadConfig({}).frameAncestors).toEqual(["'none'"]);
    expect(loadConfig({ FRAME_ANCESTORS: 'self  https://intranet.example.org' }).frameAncestors).toEqual([
      "'self'",
      'https://intranet.example.org',
    ]);
    expect(loadConfig({ FRAME_ANCESTORS: "'none'" }).frameAncestors).toEqual(["'none'"]);
  });

  it('refuses a FRAME_ANCESTORS that is no list of origins, naming the variable', () => {
    for (const bad of [
      '*',
      'https://a.example/path',
      "'unsafe-inline'",
      'https://a.example; script-src *',
      'none self',
    ]) {
      expect(() => loadConfig({ FRAME_ANCESTORS: bad }), bad).toThrow(/FRAME_ANCESTORS/);
    }
  });

  it('lets no other page frame the embeddable page unless EMBED_FRAME_ANCESTORS says so, apart from FRAME_ANCESTORS', () => {
    expect(loadConfig({}).embedFrameAncestors).toEqual(["'none'"]);
    const c = loadConfig({ EMBED_FRAME_ANCESTORS: 'https://www.fryslan.frl http://localhost:8080' });
    expect(c.embedFrameAncestors).toEqual(['https://www.fryslan.frl', 'http://localhost:8080']);
    expect(c.frameAncestors).toEqual(["'none'"]);
    expect(loadConfig({ FRAME_ANCESTORS: 'self' }).embedFrameAncestors).toEqual(["'none'"]);
  });

  it('refuses an EMBED_FRAME_ANCESTORS that is no list of origins, naming the variable', () => {
    for (const bad of ['*', 'https://a.example/embed', "'none' https://a.example", 'https://a.example; script-src *']) {
      expect(() => loadConfig({ EMBED_FRAME_ANCESTORS: bad }), bad).toThrow(/EMBED_FRAME_ANCESTORS/);
    }
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
