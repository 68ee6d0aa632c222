import { describe, expect, it } from 'vitest';
import { classifyMavenFailure } from './provision.ts';

describe('classifyMavenFailure', () => {
  it('recognises an unreachable Maven Central', () => {
    const out =
      '[ERROR] Plugin org.apache.maven.plugins:maven-resources-plugin:3.3.1 could not be resolved: ' +
      'Could not transfer artifact ... from/to central (https://repo.maven.apache.org/maven2): ' +
      'Unknown host repo.maven.apache.org';
    const err = classifyMavenFailure(out, '/x/maven.log');
    expect(err.code).toBe('MAVEN_UNREACHABLE');
    expect(err.message).toContain('repo.maven.apache.org');
    expect(err.message).toContain('NEO4J_URI');
    expect(err.message).toContain('Unknown host');
  });

  it('reports other failures with the tail of the output', () => {
    const err = classifyMavenFailure('[ERROR] COMPILATION ERROR\n[ERROR] Launcher.java:[1,1] oops\n', '/x/maven.log');
    expect(err.code).toBe('MAVEN_FAILED');
    expect(err.message).toContain('Launcher.java:[1,1] oops');
  });
});
