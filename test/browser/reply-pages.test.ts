import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInJapan } from '../../src/lib/japan-date.js';
import { signLinkToken } from '../../src/mail/engine/links.js';
import { sampleMeetingNotice, sampleNotice } from '../../src/mail/render/samples.js';

import { createMeeting } from '../../src/modules/governance/meeting.service.js';
import * as service from '../../src/modules/mailings/mailing.service.js';
import { expectNoOverflow, haveChromium, openContext } from '../helpers/chromium.js';
import type { TestDatabase } from '../helpers/database.js';
import {
  addOrganization,
  audienceOf,
  secretariat,
  waitForMailing,
} from '../helpers/mail/harness.js';
import { startMailWorld } from '../helpers/mail/world.js';
import type { TestServer } from '../helpers/server.js';

const chromiumReady = haveChromium('test/browser/reply-pages.test.ts');
const DAY = 24 * 3600_000;
// A long name without spaces, as some organisations have: must wrap, not overflow.
const LONG_NAME =
  '特定非営利活動法人全国こども食堂・居場所づくり支援ネットワーク協議会東日本ブロック事務局';

describe.skipIf(!chromiumReady)('reply pages in Chromium', () => {
  let database: TestDatabase;
  let server: TestServer;
  let page: Page;
  let acknowledgeUrl: string;
  let meetingUrl: string;

  beforeAll(async () => {
    let secretKey: Buffer;
    ({ database, server, secretKey } = await startMailWorld());
    const { ctx } = await secretariat(database.db);
    const org = await addOrganization(database.db, {
      name: LONG_NAME,
      contacts: ['browser@replies.example.jp'],
      workingGroups: [2],
    });

    const notice = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'NOTICE',
        contentJson: JSON.stringify({
          ...sampleNotice,
          reply: {
            deadline: '2099-03-31',
            question: '参加予定人数を御記入ください',
            answerRequired: true,
          },
        }),
        audience: audienceOf([org.id]),
      },
      ctx.config,
    );
    const meeting = await createMeeting(database.db, ctx, {
      body: 'WORKING_GROUP',
      workingGroupNumber: 2,
      title: '第2分科会 第1回会合',
      startsAt: new Date(Date.now() + 30 * DAY),
      endsAt: null,
      place: '中央合同庁舎第8号館 講堂',
      onlineUrl: null,
      quorum: null,
      allowsProxy: true,
    });
    const meetingNotice = await service.createMailing(
      ctx.db,
      ctx,
      {
        kind: 'MEETING_NOTICE',
        contentJson: JSON.stringify({
          ...sampleMeetingNotice,
          date: todayInJapan(meeting.startsAt),
          replyDeadline: todayInJapan(new Date(Date.now() + 20 * DAY)),
        }),
        audience: audienceOf([org.id]),
      },
      ctx.config,
    );
    await database.db
      .updateTable('mailings')
      .set({ meeting_id: meeting.id })
      .where('id', '=', meetingNotice.id)
      .execute();
    for (const id of [notice.id, meetingNotice.id]) {
      await service.sendMailing(ctx.db, ctx, { mailingId: id });
      await waitForMailing(database.db, id, ['SENT']);
    }
    const deliveryOf = async (mailingId: string) =>
      (
        await database.db
          .selectFrom('deliveries')
          .select('id')
          .where('mailing_id', '=', mailingId)
          .executeTakeFirstOrThrow()
      ).id;
    acknowledgeUrl = `${server.url}/acknowledge/${signLinkToken(secretKey, 'acknowledge', await deliveryOf(notice.id))}`;
    meetingUrl = `${server.url}/meeting-reply/${signLinkToken(secretKey, 'meeting-reply', await deliveryOf(meetingNotice.id))}?answer=proxy`;

    page = await (await openContext()).newPage();
  }, 90_000);

  async function open(url: string, width: number, shot: string) {
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expectNoOverflow(page, shot, width);
  }

  for (const width of [375, 1024]) {
    it(`acknowledge and meeting reply pages fit ${width}px`, async () => {
      await open(acknowledgeUrl, width, 'reply-acknowledge');
      expect(await page.getByText(LONG_NAME).first().isVisible()).toBe(true);
      expect(await page.getByRole('textbox').isVisible()).toBe(true);
      await open(meetingUrl, width, 'reply-meeting');
      expect(await page.getByLabel('欠席し、委任する（委任状）').isChecked()).toBe(true);
    });
  }

  it('a recipient submits the forms by clicking', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(acknowledgeUrl);
    await page.getByRole('textbox').fill('4名');
    await page.getByRole('button', { name: '受領を報告する' }).click();
    await expect.poll(() => page.getByText('回答を受け付けました').first().isVisible()).toBe(true);
    await open(acknowledgeUrl, 375, 'reply-acknowledge-answered');
    expect(
      await page
        .getByText(/月\d+日に回答済みです/)
        .first()
        .isVisible(),
    ).toBe(true);

    await page.goto(meetingUrl);
    await page.getByLabel('次の方に委任：').check();
    await page.getByLabel('委任先').fill('山田 花子');
    await page.getByRole('button', { name: 'この内容で回答する' }).click();
    await expect.poll(() => page.getByText('山田 花子 様に委任').first().isVisible()).toBe(true);

    const ack = await database.db.selectFrom('acknowledgements').selectAll().execute();
    expect(ack).toMatchObject([{ answer: '4名', channel: 'LINK' }]);
    const replies = await database.db.selectFrom('meeting_responses').selectAll().execute();
    expect(replies).toMatchObject([{ response: 'PROXY', proxy_holder_name: '山田 花子' }]);
  });
});
