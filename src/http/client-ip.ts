/**
 * The client's address behind proxies. X-Forwarded-For is a list each proxy appends its peer to,
 * so only its right end is written by proxies we trust; anything to the left may be whatever the
 * client sent. Walking from the socket peer leftwards, the client is the first address that is
 * not a trusted proxy (TRUST_PROXY: a hop count or address ranges, as Express's `trust proxy`).
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { TrustProxy } from '../config.js';

const blockLists = new WeakMap<TrustProxy, BlockList>();

function blockListOf(trust: TrustProxy & { ranges: readonly string[] }): BlockList {
  let list = blockLists.get(trust);
  if (!list) {
    list = new BlockList();
    for (const range of trust.ranges) {
      const [address = '', prefix = ''] = range.split('/');
      list.addSubnet(address, Number(prefix), isIP(address) === 6 ? 'ipv6' : 'ipv4');
    }
    blockLists.set(trust, list);
  }
  return list;
}

/** `::ffff:192.0.2.1` (an IPv4 peer of a dual-stack socket) as `192.0.2.1`. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function isTrusted(trust: TrustProxy, address: string, index: number): boolean {
  if (trust.ranges === undefined) return index < trust.hops;
  const family = isIP(address);
  return family !== 0 && blockListOf(trust).check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The caller's address: the socket peer, or the nearest untrusted X-Forwarded-For entry. */
export function clientIp(req: IncomingMessage, trust: TrustProxy): string {
  const peer = normalize(req.socket.remoteAddress ?? '') || 'unknown';
  if (trust.hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => normalize(entry.trim()))
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  for (let i = 0; i < chain.length - 1; i += 1) {
    const address = chain[i] ?? '';
    if (!isTrusted(trust, address, i)) return address.slice(0, 100);
  }
  return (chain[chain.length - 1] ?? peer).slice(0, 100);
}
