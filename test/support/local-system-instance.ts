import type { LocalSystem } from '../../local/system';

let instance: LocalSystem | undefined;

export const setLocalSystem = (system: LocalSystem): void => {
  instance = system;
};

/** The local system of the current test file (bus and HTTP API on the shared database). */
export function localSystem(): LocalSystem {
  if (!instance) throw new Error('The local system is not running (see setup-local-system.ts)');
  return instance;
}
