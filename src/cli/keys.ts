// `npm run keys -- create --scope write --name pipeline` | `list` | `revoke <id or prefix>` | `--help`.
// Works on the embedded default and with DATABASE_URL, like the server. The command is src/cli/keys-command.ts.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { runKeysCommand } from './keys-command.js';

process.exitCode = await runKeysCommand(
  process.argv.slice(2),
  { out: (line) => console.log(line), err: (line) => console.error(line) },
  () => openDatabase(loadConfig()),
);
