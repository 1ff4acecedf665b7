import {
  readFunderConfigFile,
  exampleFunderConfigPath,
} from '../../shared/config/funder-config-file';

/** Tests run with the bundled example funder, as `npm start` does by default. */
export const testFunderConfig = readFunderConfigFile(exampleFunderConfigPath);
