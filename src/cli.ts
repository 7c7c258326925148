#!/usr/bin/env node
import { main } from './commands/program.js';

// A reader that goes away (`scalewatch compare --help | head -1`) ends the command quietly, as other
// command-line tools do: nothing more can be written, and there is nothing to say about it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv);
