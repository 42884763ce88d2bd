import net from 'node:net';

export const LOOPBACK_HOST = '127.0.0.1';

/**
 * Ports handed out by this process. The kernel may hand the same ephemeral port to two back-to-back
 * `listen(0)` calls once the first probe socket is closed, so two services started together could
 * otherwise be given the same port before either has bound it.
 */
const recentlyHandedOut = new Set<number>();

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: LOOPBACK_HOST, port, exclusive: true }, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(boundPort));
    });
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await listenOnce(0);
    if (!recentlyHandedOut.has(port)) {
      recentlyHandedOut.add(port);
      return port;
    }
  }
  throw new Error('Could not find a free TCP port on 127.0.0.1 after 20 attempts');
}

/** True when a server could bind 127.0.0.1:<port> now (also false when another process holds 0.0.0.0:<port>). */
export async function isPortFree(port: number): Promise<boolean> {
  try {
    await listenOnce(port);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') return false;
    throw error;
  }
}

/**
 * Waits for a port to be released, e.g. by a server we have just stopped. The kernel closes a process's
 * sockets a moment after it stops being visible as running, so one immediate check can fail spuriously.
 */
export async function waitForFreePort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isPortFree(port)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
