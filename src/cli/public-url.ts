/** Which public URL a CLI command builds links from (CommandContext.publicUrl). */
import type { Config } from '../config.js';
import type { Db } from '../db/create-db.js';
import { readRecordedPublicUrl } from '../db/recorded-public-url.js';
import type { PublicUrlChoice } from './command.js';

export async function choosePublicUrl(
  config: Pick<Config, 'publicUrl' | 'publicUrlSource' | 'http'>,
  db: Db,
): Promise<PublicUrlChoice> {
  if (config.publicUrlSource === 'PUBLIC_URL') {
    return { url: config.publicUrl, source: 'PUBLIC_URL given to this command' };
  }
  const recorded = await readRecordedPublicUrl(db);
  if (recorded) {
    return {
      url: recorded.publicUrl,
      source: `the server's configuration (${recorded.source === 'PUBLIC_URL' ? 'its PUBLIC_URL' : 'its default from PORT'}), recorded when it started at ${recorded.recordedAt}; set PUBLIC_URL to override`,
    };
  }
  return {
    url: config.publicUrl,
    source: `the default from PORT=${config.http.port}: no server has started on this database yet; set PUBLIC_URL to override`,
  };
}
