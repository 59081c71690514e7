/**
 * The benchmarks' SMTP sink, in its own process: accepts everything, keeps only each
 * message's Message-ID, and answers "count" on stdin with `count <messages> <distinct ids>` —
 * so a message sent twice shows up as a difference.
 */
import { SMTPServer } from 'smtp-server';

let received = 0;
const ids = new Set<string>();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString('latin1', 0, 8192 - head.length);
    });
    stream.on('end', () => {
      received++;
      const id = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
      // A copy: a match is a slice that would keep the whole head of every message alive.
      if (id) ids.add(Buffer.from(id, 'latin1').toString('latin1'));
      callback(null, 'OK');
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.on('data', () => process.stdout.write(`count ${received} ${ids.size}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
