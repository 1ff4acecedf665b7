/**
 * The AWS SDK warns once per process that Node 20 support ends; the deployed functions run
 * on Node 22, so the warning says nothing about them and would only break up the tables.
 */
export function silenceNodeVersionWarning(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
