// `npm run import -- sec <companyfacts.json> --submissions <submissions.json> --key <write key>`; `--help` for the
// rest. The command is src/cli/import-command.ts.
import { readTextFile, runImportCommand } from './import-command.js';

process.exitCode = await runImportCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  progressStream: process.stderr,
  env: process.env,
  fetch,
  readFile: readTextFile,
});
