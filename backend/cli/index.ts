import { processIo } from './cli-io';
import { runCli } from './run-cli';
import { endQuietlyOnClosedPipe } from './closed-pipe';

import { setLockProgramName } from '../storage/sqlite/writer-lock';

setLockProgramName('vvt CLI');
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

/** Entry of out/main/cli.js (`npm run cli -- <command>` after `npm run build`). */
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
