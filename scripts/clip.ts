import { processIo } from './lib/fs-cli-io';
import { runClipCli } from './lib/fs-clip-cli';

process.exitCode = await runClipCli(process.argv.slice(2), processIo);
