/**
 * Run the command line in-process with an in-memory file system and captured streams.
 */
import { argumentError } from '../../src/errors.js';
import { messages } from '../../src/messages.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The files after the run (what the command wrote included). */
  readonly files: ReadonlyMap<string, string>;
  /** The directories the command made. */
  readonly dirs: ReadonlySet<string>;
}

/** An in-memory outside world: `files` by path, `/` as separator. */
export function memoryIo(files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const fs = new Map(Object.entries(files));
  const dirs = new Set<string>();
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const text = fs.get(path);
      // as the real outside world says it (src/cli/node.ts)
      if (text === undefined) throw argumentError('NOT_FOUND', path, messages.cliFileNotFound(path));
      return text;
    },
    writeFile: async (path, data) => {
      fs.set(path, data);
    },
    mkdir: async (path) => {
      dirs.add(path);
    },
    checkFile: async () => {},
    joinPath: (...parts) => parts.join('/').replace(/\/+/g, '/'),
    env,
  };
  return { io, fs, dirs, out: () => stdout, err: () => stderr };
}

/** Run `baotou-plan <argv…>` in-process. */
export async function run(argv: readonly string[], files: Record<string, string> = {}, env: Record<string, string> = {}): Promise<Run> {
  const world = memoryIo(files, env);
  const code = await main(argv, world.io);
  return { code, stdout: world.out(), stderr: world.err(), files: world.fs, dirs: world.dirs };
}
