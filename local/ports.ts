/** SPEC §8: the local ports, each overridable by its variable. */
export function localPorts() {
  const port = (name: string, fallback: number): number => {
    const value = process.env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
      throw new Error(`${name} must be a port number, got "${value}"`);
    }
    return parsed;
  };
  return {
    apiPort: port('TANDEM_API_PORT', 3000),
    dynamodbPort: port('TANDEM_DYNAMODB_PORT', 8000),
    sesPort: port('TANDEM_SES_PORT', 8005),
  };
}
