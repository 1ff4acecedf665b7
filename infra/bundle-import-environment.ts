import { exampleFunderConfigPath, readFunderConfigFile } from '../shared/config/funder-config-file';
import { envNames } from '../shared/config/runtime-env';

/**
 * The variables a function bundle reads, for importing one outside Lambda (the bench's cold
 * import times, the bundle test's load checks). The functions read them lazily, but a handler
 * is only ready with them; the credentials are dummies, nothing is called.
 */
export const bundleImportEnvironment = (): NodeJS.ProcessEnv => ({
  ...process.env,
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'bundle-import',
  AWS_SECRET_ACCESS_KEY: 'bundle-import',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  POWERTOOLS_SERVICE_NAME: 'tandem',
  [envNames.tableName]: 'tandem',
  [envNames.eventBusName]: 'tandem',
  [envNames.funderConfig]: JSON.stringify(readFunderConfigFile(exampleFunderConfigPath)),
});
