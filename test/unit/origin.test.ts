import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../../src/config';
import { originOf } from '../../src/http/origin';

/** A request as the server sees it: headers from the client, addresses from the socket. */
const request = (headers: Record<string, string>, localAddress = '127.0.0.1', localPort = 4000) =>
  ({ headers, socket: { localAddress, localPort } }) as unknown as IncomingMessage;

const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

describe('originOf: absolute URLs never come from what a client says, unless a trusted proxy says it', () => {
  it.each<[string, IncomingMessage, { publicOrigin: string | null; trustProxy: boolean }, string]>([
    [
      'the configured public URL, whatever the headers',
      request(forged),
      { publicOrigin: 'https://zangraph.example', trustProxy: true },
      'https://zangraph.example',
    ],
    ['the socket, not the Host header, without trust', request(forged), { publicOrigin: null, trustProxy: false }, 'http://127.0.0.1:4000'],
    [
      'the forwarded host and scheme behind a trusted proxy',
      request({ host: 'internal:4000', 'x-forwarded-host': 'laws.example.kz', 'x-forwarded-proto': 'https' }),
      { publicOrigin: null, trustProxy: true },
      'https://laws.example.kz',
    ],
    [
      'the Host header behind a trusted proxy that forwards no host',
      request({ host: 'laws.example.kz:8080' }),
      { publicOrigin: null, trustProxy: true },
      'http://laws.example.kz:8080',
    ],
    [
      'the first of several forwarded hosts',
      request({ 'x-forwarded-host': 'a.example, b.example' }),
      { publicOrigin: null, trustProxy: true },
      'http://a.example',
    ],
    [
      'the socket when a trusted proxy forwards markup',
      request({ 'x-forwarded-host': 'x"><script>' }),
      { publicOrigin: null, trustProxy: true },
      'http://127.0.0.1:4000',
    ],
    [
      'the socket when the forwarded host carries a path',
      request({ 'x-forwarded-host': 'evil.example/acts' }),
      { publicOrigin: null, trustProxy: true },
      'http://127.0.0.1:4000',
    ],
    ['an IPv6 socket in brackets', request({}, '::1', 4100), { publicOrigin: null, trustProxy: false }, 'http://[::1]:4100'],
    [
      'an IPv4-mapped socket as IPv4',
      request({}, '::ffff:10.0.0.5', 4100),
      { publicOrigin: null, trustProxy: false },
      'http://10.0.0.5:4100',
    ],
  ])('%s', (_name, req, policy, expected) => {
    expect(originOf(req, policy)).toBe(expected);
  });
});

describe('ZANGRAPH_PUBLIC_URL', () => {
  it.each([
    ['https://zangraph.example', 'https://zangraph.example'],
    ['https://zangraph.example/', 'https://zangraph.example'],
    ['http://laws.example.kz:8080', 'http://laws.example.kz:8080'],
  ])('%s is the origin %s', (value, origin) => {
    expect(loadConfig({ ZANGRAPH_PUBLIC_URL: value }).publicOrigin).toBe(origin);
  });

  it.each([
    'zangraph.example',
    'ftp://zangraph.example',
    'https://zangraph.example/api',
    'https://zangraph.example/?x=1',
    'https://user@zangraph.example',
  ])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ ZANGRAPH_PUBLIC_URL: value })).toThrow(/ZANGRAPH_PUBLIC_URL/);
  });

  it('is unset by default: the address the server was reached on', () => {
    expect(loadConfig({}).publicOrigin).toBeNull();
  });
});
