import { FunderConfigError } from '../shared/config/funder-config';
import { createTandemApp } from './tandem-app';

// `npx cdk synth|deploy -c funder=<funderId>`: one stack Tandem-<funderId> (SPEC §7).
try {
  createTandemApp().app.synth();
} catch (error) {
  // A bad funder config is the operator's to fix: say which field, without a stack trace.
  if (!(error instanceof FunderConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
