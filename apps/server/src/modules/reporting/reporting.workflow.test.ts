import { describe, expect, it } from 'vitest';
import { json, uid } from '../../../test/factories.ts';
import {
  B,
  coord,
  env,
  FIGURES,
  get,
  headA,
  headB,
  KEY,
  makePeriod,
  officerA,
  openReport,
  p,
  send,
  setupReporting,
  supervisor,
} from './reporting.fixture.ts';

setupReporting();

describe('report workflow', () => {
  it('pre-fills from the registry, warns on save, blocks on submit, and follows draft → submitted → returned → resubmitted → accepted', async () => {
    const per = await makePeriod();
    const r = await openReport(officerA, per.id, p.communeA.id);
    expect(r.status).toBe('draft');
    const received = r.values.find((v: { code: string }) => v.code === 'received');
    expect(received).toMatchObject({
      value: 10,
      source: 'computed',
      origin: KEY,
      originLabel: 'Số đơn tiếp nhận (thử nghiệm)',
    });
    expect(r.can).toMatchObject({ edit: true, submit: false, accept: false });
    // opening again returns the same report
    expect((await openReport(officerA, per.id, p.communeA.id)).id).toBe(r.id);

    // save: rules come back as warnings, the save is kept
    const s1 = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Tình hình chung ổn định.', 'II.1': 'Tiếp công dân đều đặn.' },
      values: [{ code: 'resolved', value: 12 }],
    });
    expect(s1.statusCode, s1.body).toBe(200);
    expect(json(s1).warnings.map((w: { message: string }) => w.message)).toContain(
      'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
    );
    expect(json(s1).report.values.find((v: { code: string }) => v.code === 'rate').value).toBe(120);

    // the focal officer cannot submit; the head cannot submit with blocking errors
    expect((await send(officerA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(403);
    const blocked = await send(headA, 'POST', `${B}/reports/${r.id}/submit`);
    expect(blocked.statusCode).toBe(422);
    expect(json(blocked).code).toBe('rule_violation');
    expect(json(blocked).errors.map((e: { message: string }) => e.message)).toContain(
      'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
    );

    // overriding a computed figure needs a reason, and is marked
    const noReason = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      values: [{ code: 'received', value: 11 }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(json(noReason).detail).toContain('phải nêu lý do');
    const ok = json(
      await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
        values: [
          { code: 'received', value: 11, overrideReason: 'Bổ sung 01 đơn nhận qua cổng dịch vụ công' },
          { code: 'resolved', value: 8 },
        ],
      }),
    );
    const over = ok.report.values.find((v: { code: string }) => v.code === 'received');
    expect(over).toMatchObject({
      value: 11,
      source: 'override',
      computedValue: 10,
      overrideReason: 'Bổ sung 01 đơn nhận qua cổng dịch vụ công',
    });
    expect(ok.warnings.map((w: { code: string }) => w.code)).toEqual(['all_resolved']);

    // recompute keeps the override, refreshes what the system computes
    FIGURES.set(p.communeA.id, 13);
    const rc = json(await send(officerA, 'POST', `${B}/reports/${r.id}/recompute`));
    expect(rc.values.find((v: { code: string }) => v.code === 'received')).toMatchObject({
      value: 11,
      source: 'override',
      computedValue: 13,
    });
    FIGURES.set(p.communeA.id, 10);

    // a stale version is refused
    expect(
      (await send(officerA, 'PATCH', `${B}/reports/${r.id}`, { values: [], expectedVersion: 1 })).statusCode,
    ).toBe(409);

    const sub = await send(headA, 'POST', `${B}/reports/${r.id}/submit`, { comment: 'Kính gửi Sở Nội vụ' });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(json(sub).status).toBe('submitted');
    expect((await send(officerA, 'PATCH', `${B}/reports/${r.id}`, { values: [] })).statusCode).toBe(409);
    // the unit cannot review its own report
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/accept`)).statusCode).toBe(403);

    const ret = await send(coord, 'POST', `${B}/reports/${r.id}/return`, {
      comment: 'Đề nghị bổ sung',
      sectionComments: { 'II.2': 'Nêu rõ số đơn tồn đọng' },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(json(ret)).toMatchObject({
      status: 'returned',
      reviewComments: { general: 'Đề nghị bổ sung', sections: { 'II.2': 'Nêu rõ số đơn tồn đọng' } },
    });
    expect(
      (await send(coord, 'POST', `${B}/reports/${r.id}/return`, { comment: '', sectionComments: {} }))
        .statusCode,
    ).toBe(400);

    await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { 'II.2': 'Còn 03 đơn tồn đọng đang giải quyết.' },
    });
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(200);
    const acc = await send(coord, 'POST', `${B}/reports/${r.id}/accept`, { comment: 'Tiếp nhận' });
    expect(acc.statusCode).toBe(200);
    expect(json(acc).status).toBe('accepted');
    expect(json(acc).can).toMatchObject({ edit: false, submit: false, reopen: true });

    // accepted is locked
    const locked = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      values: [{ code: 'resolved', value: 9 }],
    });
    expect(locked.statusCode).toBe(409);
    expect(json(locked).code).toBe('locked');
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(409);

    // reopen needs a reason and a higher level
    expect(
      (await send(headA, 'POST', `${B}/reports/${r.id}/reopen`, { reason: 'Tự mở lại báo cáo' })).statusCode,
    ).toBe(403);
    expect((await send(coord, 'POST', `${B}/reports/${r.id}/reopen`, { reason: '' })).statusCode).toBe(400);
    const reo = await send(coord, 'POST', `${B}/reports/${r.id}/reopen`, {
      reason: 'Điều chỉnh số liệu theo kết quả kiểm tra',
    });
    expect(json(reo)).toMatchObject({
      status: 'returned',
      reviewComments: { general: 'Điều chỉnh số liệu theo kết quả kiểm tra' },
    });
    expect(json(reo).history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'save',
      'save',
      'recompute',
      'submit',
      'return',
      'save',
      'resubmit',
      'accept',
      'reopen',
    ]);

    // the unit gets notified
    const inbox = json(await get(headA, '/api/v1/notifications'));
    expect(inbox.items.map((n: { title: string }) => n.title).join(' | ')).toContain('bị trả lại');
    // as a code with parameters, so the web says it in the reader's language
    const codes = inbox.items.map((n: { code: string | null }) => n.code);
    expect(codes).toEqual(
      expect.arrayContaining(['reporting.reopened', 'reporting.accepted', 'reporting.returned']),
    );
    expect(
      inbox.items.find((n: { code: string | null }) => n.code === 'reporting.reopened').params,
    ).toMatchObject({ reason: 'Điều chỉnh số liệu theo kết quả kiểm tra', period: per.name });

    // the audit trail carries each transition
    const audit = json(await get(coord, `/api/v1/audit?entity=report&unitId=${p.communeA.id}`));
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['create', 'save', 'submit', 'return', 'resubmit', 'accept', 'reopen']),
    );
  });

  it('separates duties: the reviewer returns a unit’s report but cannot edit, recompute or resubmit it', async () => {
    const per = await makePeriod();
    const r = await openReport(headB, per.id, p.communeB.id);
    const saved = await send(headB, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Báo cáo của xã B.' },
      values: [{ code: 'resolved', value: 5 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await send(headB, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(200);
    const ret = await send(coord, 'POST', `${B}/reports/${r.id}/return`, { comment: 'Đề nghị bổ sung' });
    expect(ret.statusCode, ret.body).toBe(200);
    // what the reviewer is offered: review verbs only, never the unit's own
    expect(json(ret).can).toMatchObject({
      edit: false,
      recompute: false,
      submit: false,
      attach: false,
      return: false,
      accept: false,
    });
    const before = json(await get(headB, `${B}/reports/${r.id}`));

    const edit = await send(coord, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Cấp trên sửa hộ.' },
      values: [{ code: 'resolved', value: 99 }],
      expectedVersion: before.version,
    });
    expect(edit.statusCode, edit.body).toBe(403);
    expect(json(edit).detail).toContain('Chỉ đơn vị lập báo cáo');
    const rc = await send(coord, 'POST', `${B}/reports/${r.id}/recompute`);
    expect(rc.statusCode).toBe(403);
    const sub = await send(coord, 'POST', `${B}/reports/${r.id}/submit`, {});
    expect(sub.statusCode).toBe(403);
    expect(json(sub).detail).toContain('thủ trưởng đơn vị');
    // the unit's figures and text are unchanged, nothing was recorded
    const after = json(await get(headB, `${B}/reports/${r.id}`));
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('returned');
    expect(after.narratives.I).toBe('Báo cáo của xã B.');
    expect(after.values.find((v: { code: string }) => v.code === 'resolved').value).toBe(5);
    expect(after.history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'save',
      'submit',
      'return',
    ]);
    // nor attach evidence to it, nor open (create) a unit's report
    const boundary = 'rp' + uid();
    const attach = await env.app.inject({
      method: 'POST',
      url: `/api/v1/files?entity=report&entityId=${r.id}`,
      headers: { ...coord.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="minh-chung.pdf"\r\n` +
          `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--${boundary}--\r\n`,
      ),
    });
    expect(attach.statusCode, attach.body).toBe(403);
    const per2 = await makePeriod();
    const open = await send(coord, 'POST', `${B}/periods/${per2.id}/reports`, { unitId: p.communeB.id });
    expect(open.statusCode).toBe(403);
    const list = json(await get(coord, `${B}/periods/${per2.id}/reports`)).items;
    expect(list.find((x: { unitId: number }) => x.unitId === p.communeB.id).can.open).toBe(false);
    // the unit itself still may
    expect(json(await get(headB, `${B}/reports/${r.id}`)).can).toMatchObject({ edit: true, submit: true });
  });

  it('keeps other units’ reports out of scope (404)', async () => {
    const per = await makePeriod();
    const rb = await openReport(headB, per.id, p.communeB.id);
    expect((await get(headA, `${B}/reports/${rb.id}`)).statusCode).toBe(404);
    expect((await send(headA, 'PATCH', `${B}/reports/${rb.id}`, { values: [] })).statusCode).toBe(404);
    expect((await send(headA, 'POST', `${B}/reports/${rb.id}/submit`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/reports/${rb.id}/export.docx`)).statusCode).toBe(404);
    expect(
      (await send(headA, 'POST', `${B}/periods/${per.id}/reports`, { unitId: p.communeB.id })).statusCode,
    ).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/rollup?unitId=${p.communeB.id}`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/compilation`)).statusCode).toBe(403);
    const list = json(await get(headA, `${B}/periods/${per.id}/reports`)).items;
    expect(list.map((x: { unitId: number }) => x.unitId)).toEqual([p.communeA.id]);
    // the party supervisor reads everything in the province but cannot enter
    expect((await get(supervisor, `${B}/reports/${rb.id}`)).statusCode).toBe(200);
    expect((await send(supervisor, 'PATCH', `${B}/reports/${rb.id}`, { values: [] })).statusCode).toBe(403);
  });
});
