import net from 'node:net';

const loopback = new net.BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * Whether `address` is a loopback address (127.0.0.0/8, ::1, or IPv4-mapped 127.x). Pass it the
 * socket's own peer address (`req.socket.remoteAddress`), never one taken from a header.
 */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const family = net.isIP(address);
  if (family === 4) return loopback.check(address, 'ipv4');
  if (family === 6) return loopback.check(address, 'ipv6');
  return false;
}

/** Whether a HOST to listen on is loopback only (`localhost` or a loopback address). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host.replace(/^\[(.*)\]$/, '$1'));
}
