import { describe, expect, it } from 'vitest';
import { javaCommand, parseJavaMajorVersion } from './java.ts';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['java version "1.8.0_292"\nJava(TM) SE Runtime Environment (build 1.8.0_292-b10)', 8],
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "25" 2025-09-16 LTS', 25],
    ['openjdk version "26-ea" 2026-03-17', 26],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfoo=bar\nopenjdk version "11.0.2" 2019-01-15', 11],
  ])('%s → %i', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('returns undefined for output without a version', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
    expect(parseJavaMajorVersion('openjdk version "abc"')).toBeUndefined();
  });
});

describe('javaCommand', () => {
  it('prefers JAVA_HOME', () => {
    expect(javaCommand({ JAVA_HOME: '/opt/jdk-21' })).toBe('/opt/jdk-21/bin/java');
    expect(javaCommand({})).toBe('java');
    expect(javaCommand({ JAVA_HOME: ' ' })).toBe('java');
  });
});
