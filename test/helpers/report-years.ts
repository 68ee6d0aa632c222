import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT_DIR } from '../../server/config.ts';

/** One dated item of the report (test/fixtures/report-years.yaml): the fact, its line, and the years it must hold. */
export interface ReportYearItem {
  line: number;
  says: string;
  service?: string;
  runBy?: string;
  serves?: { organisation: string; targetGroup: string; region: string };
  organisation?: string;
  relation?: string;
  in?: number[];
  notIn?: number[];
}

/** The report's dated items, read from the fixture. */
export function readReportYearItems(): ReportYearItem[] {
  const file = path.join(ROOT_DIR, 'test/fixtures/report-years.yaml');
  return (parse(readFileSync(file, 'utf8')) as { items: ReportYearItem[] }).items;
}
