import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { startLocalSystem } from '../../local/system';
import { setLocalSystem } from './local-system-instance';
import { testFunderConfig } from './test-config';

// Runs before each test file is imported, so the SDK clients that handlers create on import
// already see the local endpoints.
const system = await startLocalSystem({
  config: testFunderConfig,
  dataDir: await mkdtemp(join(tmpdir(), 'tandem-test-')),
  apiPort: 0,
  dynamodbPort: 0,
  sesPort: 0,
  dynamodbEndpoint: inject('dynamodbEndpoint'),
  sesEndpoint: inject('sesEndpoint'),
  retryBaseDelayMs: 5,
});
setLocalSystem(system);
afterAll(() => system.stop());
