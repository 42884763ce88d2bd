/** `npm start`: start everything, serve until SIGINT/SIGTERM, then stop everything (no orphan processes;
 *  the process registry also signals child servers on any exit). */
import './production-mode';
import 'reflect-metadata';
import { startApp, type RunningApp } from './app';
import { loadConfig } from './config';
import { ConfigError, describeFailure } from './errors';

async function main() {
  const config = loadConfig();
  // a service that cannot be kept running: stop everything and exit non-zero, for an outside supervisor to act
  let app: RunningApp | undefined;
  const onFatal = (e: Error) => {
    process.stderr.write(`zangraph: ${e.message}; stopping\n`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    void (app?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  };
  const started = await startApp(config, undefined, { onFatal });
  app = started;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: shutting down\n`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await started.stop();
    } catch (e) {
      // a service that would not stop: said in one line, and a non-zero exit for whoever supervises this process
      process.stderr.write(`zangraph: stopping: ${describeFailure(e)}\n`);
      process.exit(1);
    }
    process.exit(0);
  };
  // before the line that says the server is ready: whoever waits for it may signal at once
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.stdout.write(`Zangraph: GraphQL at ${started.url}/graphql · health at ${started.url}/healthz\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`zangraph: ${describeFailure(e)}\n`);
  process.exit(e instanceof ConfigError ? 2 : 1);
});
