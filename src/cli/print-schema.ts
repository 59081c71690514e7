/**
 * `npm run schema` writes the SDL to schema/schema.graphql.
 * `npm run schema:check` fails when the committed file differs from the code, or when the code
 * breaks the last released schema (schema/released.graphql) where docs/api.md does not record
 * the break as deliberate (its "Changes" section, under "Unreleased").
 * `npm run schema:release` records the current schema as released.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
  findBreakingChanges,
  printContract,
  recordedCoordinates,
  unrecordedChanges,
} from '../graphql/contract.js';
import { schema } from '../graphql/schema.js';

const current = new URL('../../schema/schema.graphql', import.meta.url);
const released = new URL('../../schema/released.graphql', import.meta.url);
const apiDoc = new URL('../../docs/api.md', import.meta.url);
const printed = printContract(schema);

if (process.argv.includes('--check')) {
  const problems: string[] = [];
  if ((await readFile(current, 'utf8').catch(() => '')) !== printed) {
    problems.push(
      'schema/schema.graphql differs from the schema the code defines. Run `npm run schema` and commit the result.',
    );
  }
  const releasedSdl = await readFile(released, 'utf8').catch(() => null);
  if (releasedSdl) {
    const breaking = unrecordedChanges(
      await findBreakingChanges(releasedSdl, schema),
      recordedCoordinates(await readFile(apiDoc, 'utf8')),
    );
    if (breaking.length > 0) {
      problems.push(
        `The schema breaks the released contract (schema/released.graphql):\n${breaking.map((b) => `  - ${b.path}: ${b.message}`).join('\n')}\n` +
          'Deprecate instead (@deprecated) and remove in a later release; or, for a deliberate break, ' +
          'record it in docs/api.md under "Changes" → "Unreleased" (what changed, its schema coordinates, what a partner must do).',
      );
    }
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    'schema/schema.graphql is up to date and compatible with the released schema (deliberate breaks are recorded in docs/api.md).\n',
  );
} else if (process.argv.includes('--release')) {
  await writeFile(released, printed);
  process.stdout.write(
    `Recorded the current schema as released: ${released.pathname}\n` +
      'Now give docs/api.md\'s "### Unreleased" changes the release\'s date as their heading: from here on they are history, not allowances.\n',
  );
} else {
  await writeFile(current, printed);
  process.stdout.write(`Wrote ${current.pathname}\n`);
}
