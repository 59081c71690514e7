/**
 * A local SMTP sink for the mail benchmark, in its own process so it does not compete with the
 * sender for the event loop: accepts everything, keeps nothing, prints its port, and answers
 * "count" on stdin with the number of messages received.
 */
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      received++;
      callback(null, 'OK');
    });
    stream.resume();
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.on('data', () => process.stdout.write(`count ${received}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
