/**
 * What the deployed functions' bundles take for `@aws-sdk/credential-provider-node` (an esbuild
 * alias, infra/constructs/route-function.ts): Lambda hands a function its role's credentials
 * in the environment, so the default chain's other providers (SSO, INI files, STS web identity,
 * instance metadata, with the nested STS and SSO clients: about 95 KB per bundle) are never
 * used there. Local runs and tests resolve the real package.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
