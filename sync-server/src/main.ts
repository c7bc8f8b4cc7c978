// Command line: `tsx src/main.ts [--demo | --no-demo] [--port N] [--tls-cert F --tls-key F]`.
// Embedded PGlite in LOTLINE_DATA_DIR unless DATABASE_URL names a PostgreSQL.
// One-shot commands that start no server (users/cli.ts):
//   --create-user --badge B --name N --role operator|picker|supervisor --pin P
//   --create-token --name N [--allow-floor-ops]
import { networkInterfaces } from 'node:os';
import { buildApp } from './app';
import { ConfigError, readConfig } from './config';
import { openPglite, openPostgres, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { DEMO_USERS, seedDemo } from './db/seed';
import { CommandError, readCommand, runCommand } from './users/cli';

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  const command = readCommand(process.argv.slice(2));
  const db: Db = config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : await openPglite(config.dataDir);
  await migrate(db);
  if (command) {
    // Never seeds the demo: a command is for a real warehouse's database.
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    try {
      console.log(await runCommand(db, command, where));
    } finally {
      await db.close();
    }
    return;
  }
  const seeded = config.demo ? await seedDemo(db) : false;
  const app = await buildApp({
    db,
    staticDir: config.staticDir,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    loginsPerMinute: config.loginsPerMinute,
    ...(config.https ? { https: config.https } : {}),
  });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  await app.listen({ port: config.port, host: config.host });
  const scheme = config.https ? 'https' : 'http';
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  const lines = [
    `Lotline is running on ${where}${seeded ? ', seeded with the demo warehouse' : ''}.`,
    `  Open ${scheme}://localhost:${config.port}/`,
    ...lanAddresses().map((ip) => `  On the warehouse network: ${scheme}://${ip}:${config.port}/`),
    'Demo badges and PINs:',
    ...DEMO_USERS.map((u) => `  ${u.role.padEnd(10)} badge ${u.badge}  PIN ${u.pin}  (${u.name})`),
  ];
  console.log(lines.join('\n'));
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

main().catch((error: unknown) => {
  if (error instanceof CommandError) console.error(error.message);
  else console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
