/**
 * The real outside world for the bin: `process` streams and `node:fs`. The only module of the
 * CLI (with `bin.ts`) that touches Node built-ins.
 *
 * @module
 */
import { argumentError, messages } from '../internal/library.js';
import { constants } from 'node:fs';
import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { PlanError } from '../errors.js';
import type { Locale } from '../vocabulary.js';
import type { CliIo } from './io.js';
import { said } from './language.js';
import { text } from './text.js';

/** Turn a file-system error into a `PlanError` that names the path and the reason. */
function fileError(path: string, error: unknown, action: string): PlanError {
  const code = (error as { code?: unknown } | null)?.code;
  if (action === 'read the file' && code === 'ENOENT') {
    return argumentError('NOT_FOUND', path, messages.cliFileNotFound(path));
  }
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return argumentError('INVALID_ARGUMENT', path, messages.cliFileFailed(path, action, reason), reason);
}

/** An error with a code, as `node:fs` makes them, for a check of our own. */
const coded = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/** The status of `path`, or `undefined` when nothing is there. */
async function statOf(path: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Make a folder and its missing parents one at a time (Node 20's recursive `mkdir` can hang
 * where a parent refuses new entries, as `/proc` does).
 */
async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(path);
  for (let status = await statOf(at); status === undefined; status = await statOf(at)) {
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) throw coded('ENOENT');
    at = parent;
  }
  if (!(await stat(at)).isDirectory()) throw coded('ENOTDIR');
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Check that files can be written into the folder `path`. */
async function checkFolder(path: string): Promise<void> {
  await access(resolve(path), constants.W_OK | constants.X_OK);
}

/** Check that a file can be written at `path` without writing it. */
async function checkWritable(path: string): Promise<void> {
  const status = await statOf(path);
  if (status?.isDirectory() === true) throw coded('EISDIR');
  const folder = await stat(dirname(resolve(path)));
  if (!folder.isDirectory()) throw coded('ENOTDIR');
  await access(dirname(resolve(path)), constants.W_OK | constants.X_OK);
  if (status !== undefined) await access(path, constants.W_OK);
}

/**
 * A stream as the command line writes to it: text goes out until the stream fails or its
 * reader has gone (`baotou-plan plan | head`, an `EPIPE`: not an error of the command). Any
 * other failure (`ENOSPC` on `> /dev/full`, a stream destroyed) is kept, never thrown, so that
 * the bin says it in one line at the end ({@link nodeIo}'s `finish`).
 *
 * @example
 * ```ts
 * const output: Output = { write: () => {}, done: async () => undefined };
 * ```
 *
 * @internal
 */
export interface Output {
  /** Write text; nothing once the stream has failed or its reader has gone. */
  readonly write: (text: string) => void;
  /** Wait until what was written has left, then give the first failure (but `EPIPE`), if any. */
  readonly done: () => Promise<NodeJS.ErrnoException | undefined>;
}

/**
 * An {@link Output} on a writable stream: its errors, reported by an event, a callback or a
 * throw (a file as stdout writes synchronously), are caught and kept.
 *
 * @param stream - A writable stream (`process.stdout`).
 * @returns The output.
 *
 * @example
 * ```ts
 * const written: string[] = [];
 * let fail = (error: { code?: string }) => void error;
 * const stream = { write: (text: string, done?: () => void) => { written.push(text); done?.(); }, on: (_event: 'error', listener: typeof fail) => (fail = listener) };
 * const out = writer(stream as never);
 * out.write('a');
 * fail({ code: 'ENOSPC' }); // the disk is full
 * out.write('b');
 * written; // → ['a']
 * (await out.done())?.code; // → 'ENOSPC'
 * ```
 *
 * @internal
 */
export function writer(stream: {
  write(text: string, callback?: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}): Output {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: unknown): void => {
    if (closed) return;
    closed = true;
    const e = error as NodeJS.ErrnoException | null | undefined;
    if (e?.code !== 'EPIPE') failure = typeof e === 'object' && e !== null ? e : coded(String(error));
  };
  stream.on('error', fail);
  return {
    write: (text) => {
      if (closed) return;
      try {
        stream.write(text, (error) => {
          if (error !== null && error !== undefined) fail(error);
        });
      } catch (error) {
        fail(error);
      }
    },
    done: () =>
      new Promise((settle) => {
        if (closed) return settle(failure);
        try {
          stream.write('', (error) => {
            if (error !== null && error !== undefined) fail(error);
            settle(failure);
          });
        } catch (error) {
          fail(error);
          settle(failure);
        }
      }),
  };
}

/**
 * The outside world of the `baotou-plan` bin: process streams, the real file system, the
 * process environment. File errors become a `PlanError` that names the path. `finish` waits
 * for the streams and turns a failed write into one line on stderr (in the language of the
 * command) and exit code 1.
 *
 * @returns The outside world, for `main`, and its `finish(code, locale)`.
 *
 * @example
 * ```ts
 * await nodeIo().readFile('no-such-file.json'); // throws PlanError NOT_FOUND
 * // → 'no-such-file.json: no such file'
 * ```
 *
 * @internal
 */
export function nodeIo(): CliIo & { readonly finish: (code: number, locale?: Locale) => Promise<number> } {
  const stdout = writer(process.stdout);
  const stderr = writer(process.stderr);
  const attempt = async <T>(path: string, action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw fileError(path, error, action);
    }
  };
  return {
    stdout: stdout.write,
    stderr: stderr.write,
    readFile: (path) => attempt(path, 'read the file', () => readFile(path, 'utf8')),
    writeFile: (path, data) => attempt(path, 'write the file', () => writeFile(path, data, 'utf8')),
    mkdir: async (path) => {
      await attempt(path, 'create the folder', () => makeFolder(path));
      await attempt(path, 'write into the folder', () => checkFolder(path));
    },
    checkFile: (path) => attempt(path, 'write the file', () => checkWritable(path)),
    joinPath: join,
    env: process.env,
    finish: async (code, locale = 'en') => {
      const failed = await stdout.done();
      if (failed !== undefined) {
        stderr.write(`${text.error[locale]}${await said(locale, 'cliWriteFailed', 'standard output', failed.code ?? failed.message)}\n`);
      }
      const unreported = await stderr.done();
      return failed === undefined && unreported === undefined ? code : code === 0 ? 1 : code;
    },
  };
}
