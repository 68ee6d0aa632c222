import type { AvailabilityStatus } from './db/availability.ts';
import type { SupervisorStatus } from './neo4j-local/supervise.ts';

interface Metric {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  value: number;
}

/**
 * The outage metrics in Prometheus' text format (version 0.0.4): whether the database answers and, for the
 * embedded Neo4j, how often it died and was restarted. Neo4j's own metrics are an Enterprise feature.
 * @example renderMetrics({ database: db.availability.status(), neo4j: null })
 */
export function renderMetrics(s: { database: AvailabilityStatus; neo4j: SupervisorStatus | null }): string {
  const metrics: Metric[] = [
    {
      name: 'ecosysteemkaart_db_available',
      type: 'gauge',
      help: '1 while the database answers, 0 while queries are refused with DB_UNAVAILABLE.',
      value: s.database.available ? 1 : 0,
    },
    {
      name: 'ecosysteemkaart_db_outages_total',
      type: 'counter',
      help: 'Times the database was found unreachable since the server started.',
      value: s.database.outages,
    },
  ];
  if (s.neo4j) {
    metrics.push(
      {
        name: 'ecosysteemkaart_neo4j_running',
        type: 'gauge',
        help: '1 while the embedded Neo4j runs, 0 while it is being restarted or stopped.',
        value: s.neo4j.state === 'running' ? 1 : 0,
      },
      {
        name: 'ecosysteemkaart_neo4j_unexpected_exits_total',
        type: 'counter',
        help: 'Exits of the embedded Neo4j that nobody asked for (crash, kill, out of memory).',
        value: s.neo4j.unexpectedExits,
      },
      {
        name: 'ecosysteemkaart_neo4j_restarts_total',
        type: 'counter',
        help: 'Restarts of the embedded Neo4j that reached ready.',
        value: s.neo4j.restarts,
      },
      {
        name: 'ecosysteemkaart_neo4j_failed_restarts_total',
        type: 'counter',
        help: 'Restart attempts of the embedded Neo4j that failed (see the error log for why).',
        value: s.neo4j.failedRestarts,
      },
    );
  }
  return metrics.map((m) => `# HELP ${m.name} ${m.help}\n# TYPE ${m.name} ${m.type}\n${m.name} ${m.value}\n`).join('');
}
