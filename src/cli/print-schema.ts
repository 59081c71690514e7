/**
 * `npm run schema` writes the SDL to schema/schema.graphql.
 * `npm run schema:check` fails when the committed file differs from the code, or when the code
 * breaks the last released schema (schema/released.graphql).
 * `npm run schema:release` records the current schema as released.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { breakingChanges, printContract } from '../graphql/contract.js';
import { schema } from '../graphql/schema.js';

const current = new URL('../../schema/schema.graphql', import.meta.url);
const released = new URL('../../schema/released.graphql', import.meta.url);
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
    const breaking = await breakingChanges(releasedSdl, schema);
    if (breaking.length > 0) {
      problems.push(
        `The schema breaks the released contract (schema/released.graphql):\n${breaking.map((b) => `  - ${b}`).join('\n')}\n` +
          'Deprecate instead (@deprecated) and remove in a later release.',
      );
    }
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    'schema/schema.graphql is up to date and compatible with the released schema.\n',
  );
} else if (process.argv.includes('--release')) {
  await writeFile(released, printed);
  process.stdout.write(`Recorded the current schema as released: ${released.pathname}\n`);
} else {
  await writeFile(current, printed);
  process.stdout.write(`Wrote ${current.pathname}\n`);
}
