import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  renderReminderDigest,
  type ReminderDigest,
} from '../../functions/reminders/render-reminder-digest';
import { reminderTexts } from '../../functions/reminders/reminder-texts';
import {
  exampleFunderConfigPath,
  readFunderConfigFile,
} from '../../shared/config/funder-config-file';
import { addDays } from '../../shared/domain/dates';
import {
  digestListCap,
  digestListsOf,
  type OverdueMatch,
  type ReminderLevel,
} from '../../shared/domain/reminders';
import { webTexts } from '../../shared/i18n/web-texts';

// SPEC §5: the digest e-mail has a text and an HTML part in the carrier's language (German
// by default), lists partner ids and dates only, and escapes everything. Pure: no AWS here.
// htmlparser2 is not a dependency of the project; it is installed with aws-ses-v2-local
// (through mailparser) and used here only to read the HTML as a mail client would.

type Element = ReturnType<typeof DomUtils.findAll>[number];

const languages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'] as const;
const rightToLeft = new Set<string>(['ar', 'fa']);

/** Chosen so that the threshold's digits occur nowhere else in a digest (no date has "19"). */
const escalateAfterDays = 19;

const matches: readonly OverdueMatch[] = [
  { matchId: 'm-1001', nextDueOn: '2025-03-04', overdueDays: 3 },
  // Odd but valid partner id: every character class a partner id may contain.
  { matchId: 'm.1:a_b-c', nextDueOn: '2025-02-11', overdueDays: 24 },
  { matchId: 'M7', nextDueOn: '2025-01-30', overdueDays: 36 },
];

const plainCarrier = 'Patenschaften Musterstadt e.V.';
const plainFunder = 'Beispiel-Stiftung';
const hostileCarrier = '<script>alert("x")</script> & Co';
const hostileFunder = `Stiftung "Brücke" & O'Neil <Verein>`;

/** One list for one recipient: the coordinator's level 1, or the lead's level 2. */
interface OneListDigest extends Omit<
  ReminderDigest,
  'sections' | 'recipient' | 'contactDoneLinks' | 'listUrl'
> {
  readonly level: ReminderLevel;
  readonly matches: readonly OverdueMatch[];
}

const asDigest = ({ level, matches, ...rest }: OneListDigest): ReminderDigest => ({
  ...rest,
  recipient: level === 1 ? 'coordinator' : 'lead',
  sections: [{ level, matches }],
  contactDoneLinks: new Map(),
  listUrl,
});

const listUrl = 'https://app.example.org/app/matches?overdue=true';
/** The first-strong isolate around a date or a name in the text part (SPEC §5). */
const isolated = (value: string) => `\u2068${value}\u2069`;
const withoutIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const digest = (overrides: Partial<OneListDigest> = {}): OneListDigest => ({
  language: 'de',
  level: 1,
  date: '2025-03-07',
  carrierName: plainCarrier,
  funderName: plainFunder,
  escalateAfterDays,
  matches,
  ...overrides,
});

/** The parts of a rendered digest, the HTML parsed as a mail client would read it. */
function render(overrides: Partial<OneListDigest> = {}) {
  return renderParsed(asDigest(digest(overrides)));
}

function renderParsed(value: ReminderDigest) {
  const message = renderReminderDigest(value);
  const document = parseDocument(message.html);
  const all = (tag: string): Element[] =>
    DomUtils.findAll((element) => element.name === tag, document.children);
  const one = (tag: string): Element => {
    const found = all(tag);
    expect(found, `exactly one <${tag}>`).toHaveLength(1);
    return found[0] as Element;
  };
  const childElements = (parent: Element, tag: string) =>
    DomUtils.getChildren(parent).filter(
      (child): child is Element => DomUtils.isTag(child) && child.name === tag,
    );
  const bodyRows = all('tbody').flatMap((tbody) => childElements(tbody, 'tr'));
  return {
    ...message,
    document,
    all,
    one,
    paragraphs: all('p').map(textOf),
    bodyRows,
    rows: bodyRows.map((row) => childElements(row, 'td').map(textOf)),
  };
}

const textOf = (element: Element) => DomUtils.textContent(element);

/** The text part's paragraphs (blank-line separated) and its lines listing matches. */
const textParts = (text: string) => {
  const blocks = text.split('\n\n');
  return {
    blocks,
    matchLines: text.split('\n').filter((line) => line.startsWith('- ')),
  };
};

/**
 * Everything a digest may say in `language`: its own texts, filled in, and the values of
 * the digest. Whatever is left after removing these must be punctuation or space: no name,
 * e-mail address or other data can have slipped in.
 */
function vocabulary(language: string, level: ReminderLevel, values: OneListDigest): string[] {
  const texts = reminderTexts[language];
  if (!texts) throw new Error(`no texts for ${language}`);
  const fill = (template: string) =>
    template
      .replaceAll('{count}', String(values.matches.length))
      .replaceAll('{carrier}', values.carrierName)
      .replaceAll('{days}', String(values.escalateAfterDays))
      .replaceAll('{funder}', values.funderName);
  return [
    fill(texts.subject[level]),
    texts.greeting,
    fill(texts.intro[level]),
    ...texts.columns,
    fill(texts.action).replaceAll('{contactDone}', webTexts[language as 'de'].contactDone),
    texts.listLink,
    listUrl,
    fill(texts.thanks),
    texts.privacy,
    ...values.matches.flatMap((match) => [
      match.matchId,
      match.nextDueOn,
      String(match.overdueDays),
    ]),
  ].sort((a, b) => b.length - a.length);
}

const leftOver = (content: string, words: readonly string[]) =>
  words.reduce((rest, word) => rest.replaceAll(word, ' '), content);

const htmlTag = /<\/?[a-z!][^>]*>/i;

describe('SPEC §5 reminder digest e-mail', () => {
  describe.each(languages)('in %s', (language) => {
    const direction = rightToLeft.has(language) ? 'rtl' : 'ltr';

    it('has a subject, a text part and an HTML part', () => {
      const rendered = render({ language });
      expect(rendered.subject.trim()).not.toBe('');
      expect(rendered.subject).not.toMatch(/[\r\n]/);
      expect(rendered.subject).toContain(String(matches.length));
      expect(rendered.text.trim()).not.toBe('');
      expect(rendered.html).toMatch(/^<!doctype html>/i);
      expect(textOf(rendered.one('title'))).toBe(rendered.subject);
    });

    it(`declares lang="${language}" and dir="${direction}" on the root`, () => {
      const root = render({ language }).one('html');
      expect(root.attribs).toMatchObject({ lang: language, dir: direction });
    });

    it(`aligns the table cells to the ${direction === 'rtl' ? 'right' : 'left'}`, () => {
      const rendered = render({ language });
      const cells = [...rendered.all('th'), ...rendered.all('td')];
      expect(cells).toHaveLength(3 + 3 * matches.length);
      const align = direction === 'rtl' ? 'right' : 'left';
      for (const cell of cells) expect(cell.attribs.style).toContain(`text-align:${align}`);
    });

    it.each([1, 2] as const)(
      'level %i lists every match with its due date and days overdue in both parts',
      (level) => {
        const rendered = render({ language, level });
        // HTML: one header row of three columns, then one row per match, in order.
        expect(rendered.all('table')).toHaveLength(1);
        expect(rendered.all('th').map(textOf)).toEqual(reminderTexts[language]?.columns);
        expect(rendered.rows).toEqual(
          matches.map((match) => [match.matchId, match.nextDueOn, String(match.overdueDays)]),
        );
        for (const row of rendered.bodyRows) {
          const ids = DomUtils.findAll((element) => element.name === 'code', [row]);
          expect(ids.map(textOf)).toEqual([textOf(DomUtils.getChildren(row)[0] as Element)]);
        }
        // Text: one line per match, in the same order, with all three values.
        const { matchLines } = textParts(rendered.text);
        expect(matchLines).toHaveLength(matches.length);
        matches.forEach((match, index) => {
          const line = matchLines[index] ?? '';
          expect(line).toContain(` ${match.matchId} `);
          expect(line).toContain(` ${isolated(match.nextDueOn)} `);
          expect(line).toMatch(new RegExp(`\\D${match.overdueDays}$`));
        });
      },
    );

    it('says the same in both parts: every text paragraph is an HTML paragraph', () => {
      const rendered = render({ language, level: 2 });
      const { blocks } = textParts(rendered.text);
      const prose = blocks
        .filter((block) => !block.startsWith('- '))
        .map((block) => withoutIsolates(block).replace(`: ${listUrl}`, ''));
      expect(rendered.paragraphs).toEqual(prose);
    });

    it('words level 2 differently from level 1 and names the escalation threshold', () => {
      const first = render({ language, level: 1 });
      const second = render({ language, level: 2 });
      expect(second.subject).not.toBe(first.subject);
      expect(second.paragraphs[1]).not.toBe(first.paragraphs[1]);
      const threshold = String(escalateAfterDays);
      expect(textParts(second.text).blocks[1]).toContain(threshold);
      expect(second.paragraphs[1]).toContain(threshold);
      expect(first.text).not.toContain(threshold);
      expect(first.html).not.toContain(threshold);
      // The threshold is the funder's, not a constant of the template.
      const other = render({ language, level: 2, escalateAfterDays: 28 });
      expect(textParts(other.text).blocks[1]).toContain('28');
      expect(other.paragraphs[1]).not.toBe(second.paragraphs[1]);
      expect(render({ language, level: 1, escalateAfterDays: 28 }).text).toBe(first.text);
    });

    it.each([1, 2] as const)(
      'level %i says nothing but its texts, the two names, ids, dates and day counts',
      (level) => {
        const values = digest({ language, level });
        const rendered = render(values);
        const words = vocabulary(language, level, values);
        for (const content of [
          rendered.subject,
          withoutIsolates(rendered.text),
          DomUtils.textContent(rendered.document),
        ]) {
          expect(content).not.toContain('@');
          expect(leftOver(content, words)).toMatch(/^[\s\-·:]*$/u);
        }
        // Nothing to follow or load but the carrier's list: no images or scripts.
        const attributes = DomUtils.findAll(() => true, rendered.document.children).flatMap(
          (element) => Object.keys(element.attribs),
        );
        expect(new Set(attributes)).toEqual(
          new Set(['lang', 'dir', 'charset', 'name', 'content', 'style', 'href']),
        );
        expect(rendered.all('a').map((anchor) => anchor.attribs.href)).toEqual([listUrl]);
      },
    );

    it('has no HTML in the text part', () => {
      const rendered = render({ language, level: 2 });
      expect(rendered.text).not.toMatch(htmlTag);
      expect(rendered.text).not.toMatch(/&(?:[a-z]+|#\d+);/i);
    });

    it('escapes a hostile carrier name and a funder name with quotes in the HTML', () => {
      const rendered = render({
        language,
        level: 2,
        carrierName: hostileCarrier,
        funderName: hostileFunder,
      });
      expect(rendered.html.toLowerCase()).not.toContain('<script');
      expect(rendered.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
      expect(rendered.html).toContain(
        'Stiftung &quot;Brücke&quot; &amp; O&#39;Neil &lt;Verein&gt;',
      );
      expect(rendered.html).not.toContain('"Brücke"');
      expect(rendered.html).not.toContain("O'Neil");
      expect(rendered.html).not.toContain('<Verein>');
      // Parsed, no element came from the names, and they read exactly as given.
      expect(rendered.all('script')).toHaveLength(0);
      expect(rendered.all('verein')).toHaveLength(0);
      const tags = [...rendered.html.matchAll(/<\/?([a-z!][a-z0-9]*)/gi)].map((found) =>
        String(found[1]).toLowerCase(),
      );
      expect(new Set(tags)).toEqual(
        new Set([
          '!doctype',
          'html',
          'head',
          'meta',
          'title',
          'body',
          'p',
          'table',
          'thead',
          'tbody',
          'tr',
          'th',
          'td',
          'code',
          // Keeps ids, dates and names in their own order inside right-to-left text.
          'bdi',
          'a',
        ]),
      );
      expect(rendered.paragraphs[1]).toContain(hostileCarrier);
      expect(rendered.paragraphs.some((paragraph) => paragraph.includes(hostileFunder))).toBe(true);
      // The text part is not HTML: the names stand there as given, and nothing else is a tag.
      expect(rendered.text).toContain(hostileCarrier);
      expect(rendered.text).toContain(hostileFunder);
      expect(leftOver(rendered.text, [hostileCarrier, hostileFunder]).match(htmlTag)).toBeNull();
      // Neither name is in the subject, where a mail client would show it unescaped anyway.
      expect(rendered.subject).not.toContain('script');
      expect(rendered.subject).not.toContain('Brücke');
    });
  });

  it('renders an odd but valid partner id as it is', () => {
    const odd: OverdueMatch = { matchId: 'm.1:a_b-c', nextDueOn: '2025-02-11', overdueDays: 24 };
    const rendered = render({ matches: [odd] });
    expect(rendered.rows).toEqual([['m.1:a_b-c', '2025-02-11', '24']]);
    expect(rendered.html).toContain('<code dir="ltr">m.1:a_b-c</code>');
    expect(textParts(rendered.text).matchLines).toEqual([
      '- Tandem m.1:a_b-c · Kontakt fällig am \u20682025-02-11\u2069 · Tage überfällig: 24',
    ]);
  });

  it('has one table row per match, however many there are', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      matchId: `m-${index}`,
      nextDueOn: '2025-02-01',
      overdueDays: 34,
    }));
    const rendered = render({ matches: many });
    expect(rendered.rows).toHaveLength(40);
    expect(rendered.rows.map((row) => row[0])).toEqual(many.map((match) => match.matchId));
    expect(textParts(rendered.text).matchLines).toHaveLength(40);
    expect(rendered.subject).toContain('40');
  });

  it.each(['xx', 'pt', 'zz'])('falls back to German for an untranslated language (%s)', (code) => {
    for (const level of [1, 2] as const) {
      const fallback = render({ language: code, level });
      const german = render({ language: 'de', level });
      expect(fallback.subject).toBe(german.subject);
      expect(fallback.text).toBe(german.text);
      expect(fallback.html).toBe(german.html);
      expect(fallback.one('html').attribs).toMatchObject({ lang: 'de', dir: 'ltr' });
    }
  });

  it('has a translation for every language the example funder offers', () => {
    const offered = readFunderConfigFile(exampleFunderConfigPath).languages;
    expect([...offered].sort()).toEqual([...languages].sort());
    for (const language of offered) expect(Object.keys(reminderTexts)).toContain(language);
  });

  describe('one digest per recipient (SPEC §5) with "contact done" links (SPEC §9)', () => {
    const escalatedOnly = [{ matchId: 'M7', nextDueOn: '2025-01-30', overdueDays: 36 }];
    const links = new Map(
      [...matches, ...escalatedOnly].map((match) => [
        match.matchId,
        `https://app.example.org/app/r/token-${match.matchId}`,
      ]),
    );
    const both = (language: string) =>
      renderParsed({
        ...asDigest(digest({ language })),
        recipient: 'coordinator',
        sections: [
          { level: 1, matches: matches.slice(0, 2) },
          { level: 2, matches: escalatedOnly },
        ],
        contactDoneLinks: links,
      });

    it.each(languages)(
      'gives a coordinator without a lead both lists in one e-mail (%s)',
      (language) => {
        const rendered = both(language);
        const texts = reminderTexts[language]!;
        expect(rendered.all('table')).toHaveLength(2);
        expect(rendered.rows.map((row) => row[0])).toEqual(['m-1001', 'm.1:a_b-c', 'M7']);
        // Worded for the coordinator: the lead's wording ("as the lead") is not used.
        const escalationIntro = texts.coordinatorEscalation.replace(
          '{days}',
          String(escalateAfterDays),
        );
        expect(
          rendered.paragraphs.some((p) => p.includes(escalationIntro.split('{carrier}')[1]!)),
        ).toBe(true);
        const leadIntro = texts.intro[2].split('{days}')[1]!;
        expect(rendered.text).not.toContain(leadIntro);
        // The escalation subject, counting every listed match once.
        expect(rendered.subject).toBe(texts.subject[2].replace('{count}', '3'));
      },
    );

    it('links every listed match to its own "contact done" page, in both parts', () => {
      const rendered = both('de');
      const anchors = rendered.all('a');
      expect(anchors.map((anchor) => anchor.attribs.href)).toEqual([
        'https://app.example.org/app/r/token-m-1001',
        'https://app.example.org/app/r/token-m.1:a_b-c',
        'https://app.example.org/app/r/token-M7',
        listUrl,
      ]);
      expect(anchors.slice(0, 3).map(textOf)).toEqual([
        'Kontakt erledigt',
        'Kontakt erledigt',
        'Kontakt erledigt',
      ]);
      for (const link of links.values())
        expect(rendered.text).toContain(`Kontakt erledigt: ${link}`);
    });
  });
});

describe('capped lists, at-risk reasons, the list link and right-to-left text (issues 16–18)', () => {
  const overdue = (count: number, level: ReminderLevel = 1): OverdueMatch[] =>
    Array.from({ length: count }, (_, index) => ({
      matchId: `m-${String(index).padStart(5, '0')}`,
      nextDueOn: addDays('2030-03-01', -(index % 40)),
      overdueDays: 5 + (index % 40) + (level === 2 ? 14 : 0),
    }));

  it('lists the 50 most overdue of each list and counts the rest, once per match', () => {
    const level1 = overdue(3000);
    const level2 = overdue(120, 2).map((match) => ({ ...match, matchId: `e-${match.matchId}` }));
    // Ten matches are on both lists: they count on the escalation list only.
    const both = level1.slice(0, 10).map((match) => ({ ...match, overdueDays: 99 }));
    const { lists, listedClaims } = digestListsOf([
      { level: 1, matches: level1 },
      { level: 2, matches: [...level2, ...both] },
    ]);
    const [first, second] = lists;
    expect(first?.listed).toHaveLength(50);
    expect(first?.more).toBe(3000 - 10 - 50);
    expect(second?.listed).toHaveLength(50);
    expect(second?.more).toBe(130 - 50);
    // Most overdue first: the ten on both lists lead the escalation list.
    expect(
      second?.listed
        .slice(0, 10)
        .map((m) => m.matchId)
        .sort(),
    ).toEqual(both.map((m) => m.matchId));
    const candidates = { 1: level1.slice(10), 2: [...level2, ...both] };
    for (const list of lists) {
      const days = list.listed.map((m) => m.overdueDays);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      const listedIds = new Set(list.listed.map((m) => m.matchId));
      const rest = candidates[list.level].filter((m) => !listedIds.has(m.matchId));
      expect(rest).toHaveLength(list.more);
      for (const match of rest) expect(match.overdueDays).toBeLessThanOrEqual(Math.min(...days));
    }
    // Marked sent: the 100 listed, and the level-1 reminders of the ten shown on level 2.
    expect(listedClaims).toHaveLength(110);
    expect(new Set(listedClaims.map((c) => `${c.level}#${c.match.matchId}`)).size).toBe(110);
    expect(digestListCap).toBe(50);
  });

  it('says how many more there are and links to the list, in both parts', () => {
    const rendered = renderParsed({
      ...asDigest(digest({ language: 'en' })),
      sections: [{ level: 1, matches: overdue(50), more: 2950 }],
    });
    expect(rendered.rows).toHaveLength(50);
    expect(rendered.subject).toBe('Support contact due – tandems: 3000');
    expect(rendered.paragraphs).toContain('… and 2950 more.');
    expect(rendered.text).toContain('\n… and 2950 more.\n');
    expect(rendered.text).toContain(`All overdue tandems in your list in Tandem: ${listUrl}`);
    expect(rendered.all('a').map((a) => a.attribs.href)).toEqual([listUrl]);
    expect(Buffer.byteLength(rendered.html)).toBeLessThan(40_000);
  });

  it.each(languages)(
    'is worded for a coordinator with Tandem only as well as with a partner system (%s)',
    (language) => {
      const rendered = render({ language });
      const contactDone = webTexts[language].contactDone;
      const action = reminderTexts[language]!.action.replace('{contactDone}', contactDone);
      expect(rendered.paragraphs).toContain(action);
      expect(action).toContain(contactDone);
      expect(action).toContain('Tandem');
      expect(rendered.text).toContain(listUrl);
    },
  );

  it('shows the at-risk reasons of each listed match in Arabic, right to left', () => {
    const withReasons = [
      { ...matches[0]!, reasons: ['overdue', 'concern', 'mentee_not_reached'] as const },
      { ...matches[1]!, reasons: [] },
      { ...matches[2]!, reasons: ['mentee_not_reached'] as const },
    ];
    const rendered = renderParsed({
      ...asDigest(digest({ language: 'ar' })),
      sections: [{ level: 1, matches: withReasons }],
    });
    const ar = reminderTexts.ar!;
    expect(rendered.one('html').attribs).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(rendered.all('th').map(textOf)).toEqual([...ar.columns, 'سبب الخطر']);
    expect(rendered.rows.map((row) => row[3])).toEqual([
      // Joined with the Arabic comma, not a Latin one.
      'تأخر اللقاء كثيراً، أُبلغ عن قلق (آخر 60 يوماً)، لم يتم التواصل مع المستفيد منذ 60 يوماً',
      '',
      'لم يتم التواصل مع المستفيد منذ 60 يوماً',
    ]);
    expect(rendered.text).toContain(`سبب الخطر: ${ar.reasons.mentee_not_reached}`);
    expect(rendered.text.split(`${ar.riskColumn}:`)).toHaveLength(3);
  });

  it('isolates dates and carrier names, strips bidi controls, and puts no marks inside', () => {
    const carrierName = 'Brücke\u202E e.V.\u200F';
    for (const language of ['ar', 'fa'] as const) {
      const rendered = render({ language, carrierName });
      // Text part: the name and every date in a first-strong isolate, nothing else inside.
      expect(rendered.text).toContain(isolated('Brücke e.V.'));
      for (const match of matches) expect(rendered.text).toContain(isolated(match.nextDueOn));
      const isolates = [...rendered.text.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => m[1]!);
      expect(isolates.length).toBeGreaterThanOrEqual(matches.length + 1);
      for (const inside of isolates) expect(inside).not.toMatch(/[\u200E\u200F\u202A-\u202E]/);
      expect(rendered.text).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066\u2067]/);
      // HTML: dates in left-to-right isolates, the name in its own; no control anywhere.
      const dates = rendered.all('bdi').filter((bdi) => bdi.attribs.dir === 'ltr');
      expect(dates.map(textOf)).toEqual(matches.map((match) => match.nextDueOn));
      expect(rendered.all('bdi').map(textOf)).toContain('Brücke e.V.');
      expect(rendered.html).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    }
  });
});
