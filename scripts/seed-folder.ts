import { processIo } from './lib/fs-cli-io';
import { runSeedFolderCli } from './lib/fs-seed-folder';

process.exitCode = await runSeedFolderCli(process.argv.slice(2), processIo);
