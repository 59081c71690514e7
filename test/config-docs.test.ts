/**
 * README.md's configuration table documents exactly the variables src/config.ts reads, each
 * with the default and meaning config.ts gives it: a variable added on one side only, or
 * described differently, fails here with the row to write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIGURATION_VARIABLES, type DocumentedVariable, loadConfig } from '../src/config.js';

/** The rows of the table under "## Configuration", one variable per row. */
function readmeRows(): DocumentedVariable[] {
  const lines = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n');
  const section = lines.slice(lines.indexOf('## Configuration'));
  const header = section.findIndex((line) => /^\|\s*variable\s*\|/.test(line));
  expect(header, 'README.md has no configuration table').toBeGreaterThan(0);
  const rows: DocumentedVariable[] = [];
  for (const line of section.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', shownDefault = '', meaning = ''] = line
      .replace(/^\|\s*|\s*\|$/g, '')
      .split(/\s+\|\s+/);
    expect(name, `one variable per row, written \`NAME\`: ${line}`).toMatch(/^`[A-Z][A-Z0-9_]*`$/);
    rows.push({ name: name.slice(1, -1), default: shownDefault, meaning });
  }
  return rows;
}

const row = (v: DocumentedVariable) => `| \`${v.name}\` | ${v.default} | ${v.meaning} |`;

describe('README.md configuration table', () => {
  it('lists every variable loadConfig reads, and no other', () => {
    const documented = readmeRows().map((r) => r.name);
    const read = CONFIGURATION_VARIABLES.map((v) => v.name);
    expect({
      missingFromReadme: read.filter((name) => !documented.includes(name)),
      notReadByConfig: documented.filter((name) => !read.includes(name)),
      listedTwice: documented.filter((name, i) => documented.indexOf(name) !== i),
    }).toEqual({ missingFromReadme: [], notReadByConfig: [], listedTwice: [] });
  });

  it('gives each the default and meaning src/config.ts gives it', () => {
    const documented = new Map(readmeRows().map((r) => [r.name, r]));
    for (const variable of CONFIGURATION_VARIABLES) {
      const shown = documented.get(variable.name);
      if (shown) expect(row(shown), 'write the row as src/config.ts says').toBe(row(variable));
    }
  });

  it('documents what loadConfig really reads (the list is config.ts’s own, not a copy)', () => {
    const read = new Set<string>();
    const env = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    loadConfig(env);
    expect([...read].sort()).toEqual(CONFIGURATION_VARIABLES.map((v) => v.name).sort());
  });
});
