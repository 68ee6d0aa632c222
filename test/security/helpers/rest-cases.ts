import type { TestTokens } from '../../helpers/test-users.ts';
import { sendHttp, type FuzzCase, type HttpRequest } from './fuzz-run.ts';
import { authHeader, shown } from './graphql-cases.ts';
import { hostileString, KNOWN_IDS, longString } from './hostile-values.ts';
import { caseRng, type Rng } from './prng.ts';

// REST requests under /api: every route (and some that do not exist) with any method, odd query parameters,
// bodies of the wrong type, broken files and hostile cells.

/** Percent-encodes the UTF-8 bytes of a string (lone surrogates as U+FFFD, where encodeURIComponent throws). */
function percentEncoded(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9._~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const ENTITY_NAMES = ['organisations', 'organisaties', 'coverage', 'dekking', 'services', 'referrals', 'x', '%zz'];

function routePath(rng: Rng): string {
  const entity = rng.chance(0.7) ? rng.pick(ENTITY_NAMES) : percentEncoded(hostileString(rng)).slice(0, 3_000);
  return rng.pick([
    '/api/import/spreadsheet',
    '/api/import/spreadsheet',
    '/api/import/spreadsheet',
    '/api/import/graph.json',
    '/api/import/graph.json',
    '/api/import/templates/workbook.xlsx',
    `/api/import/templates/${entity}.csv`,
    `/api/export/csv/${entity}.csv`,
    '/api/export/workbook.xlsx',
    '/api/export/graph.json',
    '/api/export/graph.graphml',
    '/api/export/graph.gexf',
    '/api/export/graph.xml',
    '/api/',
    '/api/import',
    '/api/%zz',
    '/api/import/spreadsheet/',
    '/api//import/spreadsheet',
    '/api/import/spreadsheet%2f..%2f..%2fhealthz',
  ]);
}

function queryString(rng: Rng): string {
  const names = ['mode', 'entity', 'source', 'comment', 'expect', 'delimiter', 'token', 'access_token', 'x', '%zz', ''];
  const values = [
    'dry-run',
    'apply',
    'APPLY',
    'organisations',
    'comma',
    'semicolon',
    ';',
    'Fuzz%20test',
    '%zz',
    '%E0%A4%A',
    '',
    ...KNOWN_IDS,
  ];
  const parts: string[] = [];
  for (let i = rng.int(0, 6); i > 0; i--) {
    const name = rng.pick(names);
    const value = rng.chance(0.65) ? rng.pick(values) : percentEncoded(hostileString(rng)).slice(0, 6_000);
    parts.push(`${name}=${value}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const CONTENT_TYPES = [
  'text/csv',
  'text/csv; charset=utf-8',
  'text/plain',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/zip',
  'application/octet-stream',
  'multipart/form-data; boundary=----x',
  'application/x-www-form-urlencoded',
  'text/csv; charset=utf-99',
  '',
];

function csvBody(rng: Rng): string {
  const cell = () => {
    const v = rng.chance(0.5) ? rng.pick(KNOWN_IDS) : hostileString(rng).slice(0, 20_000);
    return rng.chance(0.5) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const header = rng.pick([
    'id,name,type',
    'organisation,region,partial',
    'id;name;type',
    '\ufeffid,name,type',
    'a'.repeat(50),
  ]);
  const rows = Array.from({ length: rng.int(0, 8) }, () => [cell(), cell(), cell()].join(rng.pick([',', ';'])));
  return [header, ...rows].join(rng.pick(['\r\n', '\n', '\r']));
}

function body(rng: Rng, i: number): string | Uint8Array | undefined {
  switch (rng.int(0, 9)) {
    case 0:
      return undefined;
    case 1:
    case 2:
    case 3:
      return csvBody(rng);
    case 4:
      return `id,name,type\r\nfuzz-${i},Fuzz ${i},regional-executor\r\n`;
    case 5:
      return '"unterminated,quote\r\n' + longString(rng, rng.pick([10, 100_000]));
    case 6:
      // A zip's local header signature, then junk: a file that claims to be a workbook.
      return Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(rng.int(0, 4_000), rng.int(0, 255))]);
    case 7:
      return rng.pick(['{', '{}', '[]', 'null', '{"format":"ecosysteemkaart-graph","formatVersion":1,"nodes":[]}']);
    case 8:
      return Buffer.from(Array.from({ length: rng.int(1, 3_000) }, () => rng.int(0, 255)));
    default:
      return ',,,,\r\n'.repeat(rng.int(1, 20_000));
  }
}

/** The REST fuzz case `index` of the run with `seed`. */
export function restCase(seed: number, index: number, tokens: TestTokens): FuzzCase {
  const rng = caseRng(seed, index);
  const auth = authHeader(rng, tokens);
  const method = rng.pick(['GET', 'GET', 'HEAD', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const contentType = rng.pick(CONTENT_TYPES);
  const payload = method === 'GET' || method === 'HEAD' ? undefined : body(rng, index);
  const request: HttpRequest = {
    method,
    path: `${routePath(rng)}${queryString(rng)}`,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...auth.headers },
    ...(payload === undefined ? {} : { body: payload }),
  };
  return { family: 'rest', index, shown: shown(request, auth.who), send: (baseUrl) => sendHttp(baseUrl, request) };
}
