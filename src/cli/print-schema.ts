/**
 * `npm run schema` writes the SDL to schema/schema.graphql; `npm run schema:check` fails when the
 * committed file differs from what the code defines.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { schema } from '../graphql/schema.js';

const file = new URL('../../schema/schema.graphql', import.meta.url);
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write(
      'schema/schema.graphql differs from the schema the code defines. Run `npm run schema` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date.\n');
} else {
  await writeFile(file, printed);
  process.stdout.write(`Wrote ${file.pathname}\n`);
}
