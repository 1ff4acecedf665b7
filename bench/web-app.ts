import { reportFigure } from './support/figure-result';
import { onboardCarrier, startBenchSystem } from './support/local-system';
import { formatNumber, formatRatio, median } from './support/stats';
import { printTable } from './support/table';

// The coordinator web app (issue 7): the time from opening a sign-in link to seeing the
// match list (three requests) next to three read-API requests, both against the same local
// system in this run. The web functions' bundles and cold imports are in Figure 1
// (bench/bundle-size.ts), next to the same baseline as every other function.

const signInRuns = 20;

async function requests() {
  const bench = await startBenchSystem();
  try {
    const api = bench.system.urls.api;
    const carrier = await onboardCarrier();
    // Loaded after the system set the endpoints, like the handlers.
    const { createLinkToken } = await import('../shared/data/link-tokens');
    const { keys } = await import('../shared/data/keys');
    const { signInTokenMs } = await import('../shared/domain/web-access');
    const signIn: number[] = [];
    const readApi: number[] = [];
    for (let index = 0; index < signInRuns + 1; index++) {
      const token = await createLinkToken(
        {
          kind: 'signIn',
          addressHash: keys.hashAddress('koordination@example.org'),
          carrierIds: [carrier.carrierId],
        },
        signInTokenMs,
      );
      const started = performance.now();
      const page = await fetch(`${api}/app/sign-in/${token}`);
      await page.text();
      const post = await fetch(`${api}/app/sign-in/${token}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: api, 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      await post.text();
      const cookie = (post.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const list = await fetch(`${api}/app/matches`, { headers: { cookie } });
      await list.text();
      if (page.status !== 200 || post.status !== 303 || list.status !== 200) {
        throw new Error(`sign-in run answered ${page.status} ${post.status} ${list.status}`);
      }
      const elapsed = performance.now() - started;

      const baselineStarted = performance.now();
      for (let call = 0; call < 3; call++) {
        const response = await fetch(`${api}/v1/carriers/${carrier.carrierId}/matches`, {
          headers: { authorization: `Bearer ${carrier.apiKey}` },
        });
        await response.text();
      }
      const baselineElapsed = performance.now() - baselineStarted;
      // The first run warms module caches and connections; it is not counted.
      if (index > 0) {
        signIn.push(elapsed);
        readApi.push(baselineElapsed);
      }
    }
    return { signInMs: median(signIn), readApiMs: median(readApi) };
  } finally {
    await bench.stop();
  }
}

const timing = await requests();
const goal = 'none set: shown next to three read-API requests';
printTable(
  'Web app — sign-in link to match list',
  goal,
  ['measure', 'read API', 'web app', '× base'],
  [
    [
      '3 requests ms',
      formatNumber(timing.readApiMs, 1),
      formatNumber(timing.signInMs, 1),
      formatRatio(timing.signInMs / timing.readApiMs),
    ],
  ],
  [
    `3 requests: link page, its POST (session), the match list; median of ${signInRuns}, next to three read-API list requests of the same carrier on the same local system.`,
  ],
);
reportFigure({
  figure: 'web app sign-in to match list',
  goal,
  met: true,
  headline: `link to list ${formatNumber(timing.signInMs)} ms (${formatRatio(timing.signInMs / timing.readApiMs)} of three read-API requests)`,
});
