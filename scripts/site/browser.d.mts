import type { Browser } from 'playwright-core';

/** A running static server: its address, the paths asked for, and how to stop it. */
export interface StaticServer {
  readonly origin: string;
  /** Every path requested, in order, with the status answered. */
  readonly requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export declare const DIST: string;
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
export declare function serveStatic(root?: string): Promise<StaticServer>;
export declare function launchChromium(): Promise<Browser>;
