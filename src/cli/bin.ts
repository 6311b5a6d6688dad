/**
 * The `baotou-plan` executable: runs the command line on the process's arguments and sets
 * the exit code (0 success, 1 validation failure, unmet targets or a failed write, 2 usage
 * error).
 *
 * @module
 */
import { localeIn } from './args.js';
import { main } from './main.js';
import { nodeIo } from './node.js';

const io = nodeIo();
const argv = process.argv.slice(2);
process.exitCode = await io.finish(await main(argv, io), localeIn(argv));
