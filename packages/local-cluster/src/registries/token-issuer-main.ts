// Entry of the token-issuer child process: `node --import tsx token-issuer-main.ts <token-issuer.json>`.
import { readFile } from 'node:fs/promises';
import { createTokenIssuer, type TokenIssuerConfig } from './token-issuer';

const configPath = process.argv[2];
if (!configPath) {
  console.error('usage: token-issuer-main.ts <token-issuer.json>');
  process.exit(2);
}

const config = JSON.parse(await readFile(configPath, 'utf8')) as TokenIssuerConfig;
const server = await createTokenIssuer(config);
server.listen(config.port, config.host);

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// Exit with our parent (the supervisor) so nothing is left orphaned, also when it is killed hard.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 1000).unref();
