import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag 3 runs as CDK policy-validation plugins (not as aspects): any unacknowledged
 * finding, error or warning, fails the synth.
 */
export const nagPacks = (scope?: IConstruct) => [
  new AwsSolutionsChecks(scope, { verbose: true }),
  new ServerlessChecks(scope, { verbose: true }),
];

export function applyNagPacks(scope: IConstruct): void {
  Validations.of(scope).addPlugins(...nagPacks(scope));
}
