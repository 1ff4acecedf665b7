import { parseArgs } from 'node:util';
import { core } from 'zod/mini';
import { headersOfField, parseColumnMapping } from '../../shared/import/columns';
import type { NewStaff } from '../../shared/schemas/office';
import { isoDate } from '../../shared/schemas/primitives';
import type { FunctionInvoker } from './function-invoker';
import { selectTarget, targetFunderConfig, type Target } from './target';

const usage = `Usage: npx tandem <command>

  carriers add --name N --coordinator-email E [--lead-email E] [--language de]
               [--migrant-organisation] [--municipality AGS] [--umbrella U] [--quota N]
                                          (AGS: 8 digits; quota: new matches per period)
  carriers set-contacts <carrierId> [--coordinator-email E] [--lead-email E | --no-lead]
                                          (a removed address's sessions end at once)
  carriers rotate-secret <carrierId> [--now]   (--now: the old secret ends at once)
  umbrellas add --name N
  staff add --email E --role funder|umbrella|region [--umbrella U] [--region KEY]
                                          (umbrella staff name their umbrella, region
                                           staff their region key of 2, 5 or 8 digits)
  staff list
  staff remove <staffId>                  (the member's sessions end at once)
  admin-key create [--days N]             (expires after N days, default 90)
  api-keys list
  api-keys revoke <id>
  sweep [--at YYYY-MM-DD]
  periods close <periodId>
  webhooks sample <type>                  (an example body, SPEC §11)
  webhooks send <carrierId> <file|-> [--secret whsec_…] [--url <base>]
  dead-letters list
  dead-letters redrive [--route R]
  import <carrierId> <file> [--dry-run]   (CSV or XLSX, SPEC §10)
         [--map field=Header …]           (the file's column for a field, e.g. startedOn=Start)
  backfill                                (once after an upgrade: sign-in contacts, erasure
                                           links and match summaries for data stored before)

Acts on the local system started with \`npm start\` (TANDEM_API_PORT, TANDEM_DYNAMODB_PORT),
or on a deployed stack: TANDEM_STACK=Tandem-<funderId> (or TANDEM_TABLE_NAME for the
carrier and key commands), with AWS credentials and region as usual. Prints one JSON object.`;

class UsageError extends Error {}

/** `--quota`: new matches per period, a whole number ≥ 0. */
function quotaOf(value: string): number {
  if (!/^\d{1,7}$/.test(value)) throw new UsageError('--quota takes a whole number ≥ 0');
  return Number(value);
}

/** Long work reports its progress on stderr; stdout keeps the one JSON object. */
const progress = (message: string) => process.stderr.write(`${message}\n`);

const invokerOf = (target: Target): FunctionInvoker => {
  if (!target.invoke) {
    throw new Error(
      'To run functions of a deployed stack, set TANDEM_STACK to its name (e.g. Tandem-example)',
    );
  }
  return target.invoke;
};

async function run(argv: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'coordinator-email': { type: 'string' },
      'lead-email': { type: 'string' },
      'no-lead': { type: 'boolean' },
      language: { type: 'string' },
      'migrant-organisation': { type: 'boolean' },
      municipality: { type: 'string' },
      umbrella: { type: 'string' },
      quota: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      at: { type: 'string' },
      secret: { type: 'string' },
      url: { type: 'string' },
      route: { type: 'string' },
      'dry-run': { type: 'boolean' },
      map: { type: 'string', multiple: true },
      now: { type: 'boolean' },
      days: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals.slice(0, 2).join(' ');
  if (values.help || positionals.length === 0) throw new UsageError('');
  const target = await selectTarget();
  // Loaded after the target is chosen: the database client reads its endpoint on creation.
  const commands = await import('./commands');
  // `import` takes two operands, so its name is the first word alone.
  if (positionals[0] === 'import') {
    const [, carrierId, file] = positionals;
    if (!carrierId || !file) throw new UsageError('import needs a carrierId and a file');
    const { mapping, refused } = parseColumnMapping(values.map ?? []);
    if (refused.length) {
      throw new UsageError(
        `--map takes field=Header with a field of ${Object.keys(headersOfField).join(', ')}: not ${refused.join(', ')}`,
      );
    }
    const { importFile } = await import('./import-command');
    return importFile(target, carrierId, file, {
      dryRun: values['dry-run'] ?? false,
      columnMapping: mapping,
      onProgress: progress,
    });
  }
  switch (command) {
    case 'carriers add': {
      if (!values.name || !values['coordinator-email']) {
        throw new UsageError('carriers add needs --name and --coordinator-email');
      }
      return commands.addCarrier({
        name: values.name,
        coordinatorEmail: values['coordinator-email'],
        ...(values['lead-email'] ? { leadEmail: values['lead-email'] } : {}),
        ...(values.language ? { language: values.language } : {}),
        migrantOrganisation: values['migrant-organisation'] ?? false,
        ...(values.municipality !== undefined ? { municipality: values.municipality } : {}),
        ...(values.umbrella !== undefined ? { umbrellaId: values.umbrella } : {}),
        ...(values.quota !== undefined ? { quota: quotaOf(values.quota) } : {}),
      });
    }
    case 'umbrellas add': {
      if (!values.name) throw new UsageError('umbrellas add needs --name');
      return commands.addUmbrellaCommand(values.name);
    }
    case 'staff add': {
      if (!values.email || !values.role) throw new UsageError('staff add needs --email and --role');
      return commands.addStaffMember({
        email: values.email,
        role: values.role as NewStaff['role'],
        ...(values.umbrella !== undefined ? { umbrellaId: values.umbrella } : {}),
        ...(values.region !== undefined ? { region: values.region } : {}),
      });
    }
    case 'staff list':
      return commands.listStaffMembers();
    case 'staff remove': {
      const staffId = positionals[2];
      if (!staffId) throw new UsageError('staff remove needs a staffId (from staff list)');
      return commands.removeStaffMember(staffId);
    }
    case 'carriers set-contacts': {
      const carrierId = positionals[2];
      if (!carrierId) throw new UsageError('carriers set-contacts needs a carrierId');
      if (values['lead-email'] !== undefined && values['no-lead']) {
        throw new UsageError('carriers set-contacts takes --lead-email or --no-lead, not both');
      }
      return commands.setContacts(carrierId, {
        ...(values['coordinator-email'] !== undefined
          ? { coordinatorEmail: values['coordinator-email'] }
          : {}),
        ...(values['lead-email'] !== undefined ? { leadEmail: values['lead-email'] } : {}),
        ...(values['no-lead'] ? { leadEmail: null } : {}),
      });
    }
    case 'carriers rotate-secret': {
      const carrierId = positionals[2];
      if (!carrierId) throw new UsageError('carriers rotate-secret needs a carrierId');
      return commands.rotateSecret(carrierId, { now: values.now ?? false });
    }
    case 'admin-key create': {
      const days = values.days === undefined ? undefined : Number(values.days);
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) {
        throw new UsageError('--days takes a whole number of days from 1 to 3650');
      }
      return commands.createAdminKey(days);
    }
    case 'backfill':
      return commands.backfill(targetFunderConfig().checkInPolicy, progress);
    case 'api-keys list':
      return commands.listKeys();
    case 'api-keys revoke': {
      const id = positionals[2];
      if (!id || !/^[0-9a-f]{16}$/.test(id)) {
        throw new UsageError('api-keys revoke needs a key id (16 hex digits, from api-keys list)');
      }
      return commands.revokeKey(id);
    }
    case 'sweep': {
      if (values.at !== undefined && !isoDate.safeParse(values.at).success) {
        throw new UsageError('--at takes a date YYYY-MM-DD');
      }
      return commands.sweep(invokerOf(target), values.at, { onProgress: progress });
    }
    case 'periods close': {
      const periodId = positionals[2];
      if (!periodId) throw new UsageError('periods close needs a periodId');
      return commands.closePeriod(invokerOf(target), periodId, { onProgress: progress });
    }
    case 'dead-letters list': {
      const { listDeadLetters } = await import('./dead-letters-command');
      return listDeadLetters(target);
    }
    case 'dead-letters redrive': {
      const { redriveDeadLetters } = await import('./dead-letters-command');
      return redriveDeadLetters(target, values.route);
    }
    case 'webhooks sample': {
      const { sampleWebhook } = await import('./webhooks-command');
      if (!positionals[2]) throw new UsageError('webhooks sample needs a type');
      return sampleWebhook(positionals[2]);
    }
    case 'webhooks send': {
      const [, , carrierId, file] = positionals;
      if (!carrierId || !file) throw new UsageError('webhooks send needs a carrierId and a file');
      const { readBody, sendWebhookFile } = await import('./webhooks-command');
      const result = await sendWebhookFile(carrierId, await readBody(file), {
        ...(values.secret ? { secret: values.secret } : {}),
        ...(values.url ? { url: values.url } : {}),
      });
      // The answer is printed either way; only a 2xx is a success.
      if (result.status < 200 || result.status > 299) process.exitCode = 1;
      return result;
    }
    default:
      throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
  }
}

run(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(usage);
      process.exit(2);
    }
    // Any zod refusal: the classic API's ZodError and zod/mini's are both core.$ZodError.
    if (error instanceof core.$ZodError) {
      for (const issue of error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    const hint = /ECONNREFUSED/.test(
      `${message} ${String((error as { cause?: unknown }).cause ?? '')}`,
    )
      ? ' (is `npm start` running?)'
      : '';
    console.error(`tandem: ${message}${hint}`);
    process.exit(1);
  },
);
