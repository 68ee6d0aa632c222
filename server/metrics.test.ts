import { describe, expect, it } from 'vitest';
import { renderMetrics } from './metrics.ts';

const database = { available: false, since: '2026-01-01T00:00:00.000Z', outages: 2, lastError: 'ServiceUnavailable' };

describe('renderMetrics', () => {
  it('writes availability and restart counts in Prometheus text format', () => {
    const text = renderMetrics({
      database,
      neo4j: {
        state: 'restarting',
        pid: null,
        unexpectedExits: 3,
        restarts: 2,
        failedRestarts: 1,
        lastExit: 'SIGKILL',
      },
    });
    expect(text).toContain('# TYPE ecosysteemkaart_db_available gauge\necosysteemkaart_db_available 0\n');
    expect(text).toContain('\necosysteemkaart_db_outages_total 2\n');
    expect(text).toContain('\necosysteemkaart_neo4j_running 0\n');
    expect(text).toContain('\necosysteemkaart_neo4j_unexpected_exits_total 3\n');
    expect(text).toContain('\necosysteemkaart_neo4j_restarts_total 2\n');
    expect(text).toContain('\necosysteemkaart_neo4j_failed_restarts_total 1\n');
    // Every sample line is "name value"; every metric has HELP and TYPE.
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+ \d+)$/);
  });

  it('leaves out the Neo4j metrics when the database is not the embedded one', () => {
    const text = renderMetrics({ database: { ...database, available: true }, neo4j: null });
    expect(text).toContain('ecosysteemkaart_db_available 1');
    expect(text).not.toContain('neo4j');
  });
});
