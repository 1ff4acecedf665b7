import type { Template } from 'aws-cdk-lib/assertions';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized CloudFormation
type Resource = { Properties: any };

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** Lookups into a synthesized Tandem template, by route handler. */
export function infraTestHelpers(template: Template) {
  const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
  const policies = template.findResources('AWS::IAM::Policy') as Record<string, Resource>;

  const logicalIdOf = (type: string): string => {
    const ids = Object.keys(template.findResources(type));
    if (ids.length !== 1) throw new Error(`Expected one ${type}, found ${ids.length}`);
    return ids[0]!;
  };

  /** Functions are described as "Tandem <RouteId> (functions/<handler>.ts)". */
  const functionIdOf = (handler: string): string => {
    const ids = Object.keys(functions).filter((id) =>
      String(functions[id]!.Properties.Description).includes(`(functions/${handler}.ts)`),
    );
    if (ids.length !== 1) throw new Error(`Expected one function for ${handler}, found ${ids}`);
    return ids[0]!;
  };

  const functionOf = (handler: string): Resource => functions[functionIdOf(handler)]!;

  /** The queue an event consumer reads: the source of its one event source mapping. */
  const queueIdOf = (handler: string): string => {
    const functionRef = JSON.stringify({ Ref: functionIdOf(handler) });
    const mappings = Object.values(
      template.findResources('AWS::Lambda::EventSourceMapping') as Record<string, Resource>,
    ).filter((mapping) => JSON.stringify(mapping.Properties.FunctionName) === functionRef);
    if (mappings.length !== 1) {
      throw new Error(`Expected one event source mapping for ${handler}, found ${mappings.length}`);
    }
    return mappings[0]!.Properties.EventSourceArn['Fn::GetAtt'][0] as string;
  };

  /** Every statement of the inline policies attached to a role. */
  const statementsOfRole = (roleId: string): Statement[] =>
    Object.values(policies)
      .filter((policy) =>
        (policy.Properties.Roles as unknown[]).some(
          (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }),
        ),
      )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);

  const statementsOf = (handler: string): Statement[] =>
    statementsOfRole(functionOf(handler).Properties.Role['Fn::GetAtt'][0]);

  const actionsOfStatement = (statement: Statement): string[] => [statement.Action].flat();

  /**
   * Actions on data and events, leaving out what every function has: its log group, its
   * own DLQ and X-Ray.
   */
  const dataActionsOf = (handler: string): string[] => [
    ...new Set(
      statementsOf(handler)
        .flatMap(actionsOfStatement)
        .filter((action) => !/^(logs|sqs|xray):/.test(action)),
    ),
  ];

  const resourcesOf = (handler: string, action: string): unknown[] =>
    statementsOf(handler)
      .filter((statement) => actionsOfStatement(statement).includes(action))
      .flatMap((statement) => [statement.Resource].flat());

  return {
    logicalIdOf,
    functionIdOf,
    functionOf,
    queueIdOf,
    statementsOf,
    statementsOfRole,
    dataActionsOf,
    resourcesOf,
  };
}
