import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One `.cypher` file: its name (path below cypher/ without extension), text and declared parameters. */
export interface CypherFile {
  readonly name: string;
  readonly text: string;
  readonly params: readonly string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : full.endsWith('.cypher') ? [full] : [];
  });
}

/** Parameters a query uses, read from the text itself (`$name`), so headers cannot drift from code. */
export function paramsOf(text: string): string[] {
  const withoutComments = text.replace(/\/\/.*$/gm, '');
  return [...new Set([...withoutComments.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/**
 * Loads every `.cypher` file below `dir` once, keyed by its path without extension
 * (`serves/who-serves`). A file without a `//` header is refused: the header documents the query.
 * @example loadCypherFiles('cypher').get('health/ping')?.text
 */
export function loadCypherFiles(dir: string): Map<string, CypherFile> {
  const files = new Map<string, CypherFile>();
  for (const full of listFiles(dir).sort()) {
    const name = path
      .relative(dir, full)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    const text = readFileSync(full, 'utf8');
    if (!text.trimStart().startsWith('//')) {
      throw new Error(`cypher/${name}.cypher: must start with // comment lines describing the query`);
    }
    files.set(name, { name, text, params: paramsOf(text) });
  }
  return files;
}

/** Splits a migration file into statements on `;` at line ends (schema commands cannot share a transaction). */
export function splitStatements(text: string): string[] {
  return text
    .replace(/^\s*\/\/.*$/gm, '')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
