/**
 * SPEC §3 on a hand-built village (test/domain/complianceFixture.ts). Every expectation
 * below is counted by hand from the fixture; the comments say which rows count.
 */
import { computeCompliance, percentOf } from '../../src/domain/compliance';
import type { Metric } from '../../src/domain/report';
import {
  BUSINESS,
  ENCROACH,
  emptyWorkbook,
  FAMILY,
  hh,
  NO_DRUGS,
  NO_WEAPONS,
  PERIOD,
  resident,
  TT124,
  TYPES,
  villageFixture,
} from './complianceFixture';

const byKey = (metrics: Metric[]) => Object.fromEntries(metrics.map((m) => [m.key, m]));
const nd = (m: Metric) => [m.numerator, m.denominator, m.percent, m.target, m.met];

describe('computeCompliance on the hand-built village, 01/01/2023 – 30/06/2023', () => {
  const r = computeCompliance(villageFixture(), PERIOD);
  const m = byKey(r.metrics);

  it('returns the period and no issues', () => {
    expect(r.period).toEqual(PERIOD);
    expect(r.issues).toEqual([]);
  });

  it('counts every figure', () => {
    expect(r.counts).toEqual({
      households: 3, // H001, H002 (arrived in the period), H006 (leaves after it); not H003, H004, H005
      residents: 5, // NK-1, 2, 3 (H001), NK-4 (H002), NK-6 (H006)
      teams: 2,
      members: 3, // M1, M2 (joined on `to`), M4; not M3 (left), M5 (joins later)
      boardMembers: 2, // M1 Trưởng ban, M2 Phó ban
      patrols: 3, // P1 (first day), P2 (last day), P5
      patrolParticipations: 9, // 3 + 4 + 2
      patrolsWithPolice: 2, // P1, P5
      reminders: 6, // N1 2 + N2 3 + N3 1
      remindersByCategory: { [BUSINESS]: 5, [ENCROACH]: 1 },
      sessions: 3, // S1, S3 (last day), S5
      sessionAttendees: 230, // 30 + 200 + blank
      schoolSessions: 1,
      schoolAttendees: 200,
      mediations: 3,
      mediationsSuccessful: 1,
      supervised: 3, // D1 (open), D3 (starts on `to`), D5 (ends on `from`)
      supervisedByType: { 'Tù tha': 1, 'Án treo': 1, 'Sau cai nghiện': 1 },
      supervisedReoffended: 1,
      cameras: 3, // C1, C2 (no date), C3 (on `to`)
      camerasWorking: 2,
      tips: 1,
      eventsSupported: 1,
    });
  });

  it('lists the metrics in SPEC order, one per commitment type', () => {
    expect(r.metrics.map((x) => x.key)).toEqual([
      'householdParticipation',
      'commitmentAll',
      ...TYPES.map((t) => `commitment:${t}`),
      'tt124Registration',
      'idCard',
      'eid',
      'eidLevel2',
      'patrolPlan',
      'memberActivity',
      'supervisedNoReoffence',
      'camerasWorking',
      'mediationSuccess',
    ]);
    expect(m.idCard.label).toBe('Người dân có thẻ căn cước');
    expect(m[`commitment:${NO_DRUGS}`].label).toBe('Hộ ký cam kết: Không ma tuý');
  });

  it('householdParticipation: active households named in a session of the period', () => {
    // S1 names H001 and H003 (moved out), S5 names H001 and H002; S2 and S4 are outside.
    expect(nd(m.householdParticipation)).toEqual([2, 3, 66.7, 90, false]);
  });

  it('commitments of the year of `to`: a violation voids the type, a previous-year row does not count', () => {
    // H001 signed all four; H002 all four but violated no-drugs; H006 signed only family in 2023.
    expect(nd(m.commitmentAll)).toEqual([1, 3, 33.3, 100, false]);
    expect(nd(m[`commitment:${FAMILY}`])).toEqual([3, 3, 100, 100, true]);
    expect(nd(m[`commitment:${TT124}`])).toEqual([2, 3, 66.7, 100, false]);
    expect(nd(m[`commitment:${NO_DRUGS}`])).toEqual([1, 3, 33.3, 100, false]);
    expect(nd(m[`commitment:${NO_WEAPONS}`])).toEqual([2, 3, 66.7, 100, false]);
    expect(nd(m.tt124Registration)).toEqual([2, 3, 66.7, 100, false]);
  });

  it('ID metrics: residents of active households aged ≥ 14 in the year of `to`, unknown birth year included', () => {
    // NK-1, NK-3 (14), NK-4 (unknown), NK-6; not NK-2 (13), NK-5 (moved out), NK-7 (unknown household).
    expect(nd(m.idCard)).toEqual([3, 4, 75, 100, false]);
    expect(nd(m.eid)).toEqual([3, 4, 75, 100, false]);
    expect(nd(m.eidLevel2)).toEqual([2, 4, 50, null, null]);
  });

  it('patrolPlan: patrols / (4 a month × 6 months touched)', () => {
    expect(nd(m.patrolPlan)).toEqual([3, 24, 12.5, 80, false]);
  });

  it('memberActivity: active members named in a patrol of the period', () => {
    // Named in P1, P2, P5: M1, M3 (left), M4, M9 (unknown); M2 only in patrols outside.
    expect(nd(m.memberActivity)).toEqual([2, 3, 66.7, 80, false]);
  });

  it('supervisedNoReoffence, camerasWorking (a broken camera), mediationSuccess', () => {
    expect(nd(m.supervisedNoReoffence)).toEqual([2, 3, 66.7, 100, false]);
    expect(nd(m.camerasWorking)).toEqual([2, 3, 66.7, null, null]);
    expect(nd(m.mediationSuccess)).toEqual([1, 3, 33.3, null, null]);
  });

  it('does not change its input', () => {
    const data = villageFixture();
    const copy = JSON.parse(JSON.stringify(data));
    computeCompliance(data, PERIOD);
    expect(data).toEqual(copy);
  });
});

describe('targets from settings', () => {
  it('muc_tieu_<key> overrides the default; blank means no target; met compares the unrounded value', () => {
    const data = villageFixture();
    data.settings.muc_tieu_householdParticipation = 60;
    data.settings.muc_tieu_memberActivity = 66.7; // 2/3 = 66.66…% is shown 66.7 but does not reach 66.7
    data.settings.muc_tieu_commitmentAll = null; // the per-type commitment metrics follow it
    data.settings.muc_tieu_camerasWorking = 50;
    const m = byKey(computeCompliance(data, PERIOD).metrics);
    expect(nd(m.householdParticipation)).toEqual([2, 3, 66.7, 60, true]);
    expect(nd(m.memberActivity)).toEqual([2, 3, 66.7, 66.7, false]);
    expect(nd(m.commitmentAll)).toEqual([1, 3, 33.3, null, null]);
    expect(nd(m[`commitment:${FAMILY}`])).toEqual([3, 3, 100, null, null]);
    expect(nd(m.camerasWorking)).toEqual([2, 3, 66.7, 50, true]);
  });

  it('settings without target keys use the SPEC defaults', () => {
    const data = villageFixture();
    data.settings = {};
    const m = byKey(computeCompliance(data, PERIOD).metrics);
    expect(r(m, 'householdParticipation')).toBe(90);
    expect(r(m, 'patrolPlan')).toBe(80);
    expect(r(m, `commitment:${TT124}`)).toBe(100);
    expect(r(m, 'eidLevel2')).toBeNull();
    // No monthly plan or age setting either: their defaults (4 a month, 14 years).
    expect(nd(m.patrolPlan)).toEqual([3, 24, 12.5, 80, false]);
    expect(nd(m.idCard)).toEqual([3, 4, 75, 100, false]);
    function r(x: Record<string, Metric>, k: string) {
      return x[k].target;
    }
  });

  it('the age setting moves the ID denominators', () => {
    const data = villageFixture();
    data.settings.tuoi_cap_can_cuoc = 15; // NK-3 (14) drops out
    const m = byKey(computeCompliance(data, PERIOD).metrics);
    expect(nd(m.idCard)).toEqual([2, 3, 66.7, 100, false]);
  });

  it('only the required types make commitmentAll', () => {
    const data = villageFixture();
    data.lists.requiredCommitments = [FAMILY];
    const m = byKey(computeCompliance(data, PERIOD).metrics);
    expect(nd(m.commitmentAll)).toEqual([3, 3, 100, 100, true]);
  });

  it('a type added to Loại cam kết gets its own metric', () => {
    const data = villageFixture();
    data.lists.values['Loại cam kết'] = [...TYPES, 'Không cờ bạc'];
    const keys = computeCompliance(data, PERIOD).metrics.map((x) => x.key);
    expect(keys).toContain('commitment:Không cờ bạc');
  });
});

describe('edges', () => {
  it('zero denominators give percent null and met null', () => {
    const data = emptyWorkbook();
    data.settings.muc_tieu_tuan_tra_thang = 0;
    const r = computeCompliance(data, PERIOD);
    for (const x of r.metrics)
      expect([x.key, x.numerator, x.denominator, x.percent, x.met]).toEqual([x.key, 0, 0, null, null]);
    expect(
      Object.values(r.counts).every((v) => v === 0 || (typeof v === 'object' && Object.keys(v).length === 0)),
    ).toBe(true);
  });

  it('a blank monthly plan gives no patrolPlan percent', () => {
    const data = villageFixture();
    data.settings.muc_tieu_tuan_tra_thang = null;
    expect(nd(byKey(computeCompliance(data, PERIOD).metrics).patrolPlan)).toEqual([3, 0, null, 80, null]);
  });

  it('no patrol against a plan is 0 %, not null', () => {
    const m = byKey(computeCompliance(emptyWorkbook(), PERIOD).metrics);
    expect(nd(m.patrolPlan)).toEqual([0, 24, 0, 80, false]);
  });

  it('residents fall back on Số nhân khẩu of active households when Nhân khẩu is empty', () => {
    const data = emptyWorkbook({
      households: [hh('H1', { size: 4 }), hh('H2', { size: null }), hh('H3', { size: 5, leftOn: '2023-02-01' })],
    });
    expect(computeCompliance(data, PERIOD).counts.residents).toBe(4);
    data.residents = [resident('NK-1', 'H1', 1990, true, 'Mức 1')];
    expect(computeCompliance(data, PERIOD).counts.residents).toBe(1);
  });

  it('passes the unreadable rows through as issues', () => {
    const issue = {
      sheet: 'Tuần tra',
      row: 7,
      column: 'Ngày',
      message: 'Ngày: "ngày mai" không phải ngày hợp lệ (dd/mm/yyyy)',
    };
    expect(computeCompliance(emptyWorkbook({ issues: [issue] }), PERIOD).issues).toEqual([issue]);
  });

  it('a period of one day counts one month', () => {
    const m = byKey(computeCompliance(villageFixture(), { from: '2023-06-30', to: '2023-06-30' }).metrics);
    expect(nd(m.patrolPlan)).toEqual([1, 4, 25, 80, false]);
  });

  it('patrolPlan above the plan is capped at 100 % (the counts stay exact)', () => {
    const data = villageFixture();
    data.settings.muc_tieu_tuan_tra_thang = 1;
    const m = byKey(computeCompliance(data, { from: '2023-01-01', to: '2023-01-31' }).metrics);
    expect(nd(m.patrolPlan)).toEqual([1, 1, 100, 80, true]);
    data.patrols.push({ ...data.patrols[0], id: 'P9' });
    const m2 = byKey(computeCompliance(data, { from: '2023-01-01', to: '2023-01-31' }).metrics);
    expect(nd(m2.patrolPlan)).toEqual([2, 1, 100, 80, true]);
  });
});

describe('percentOf', () => {
  it('rounds half up to one decimal, null on 0', () => {
    expect(percentOf(1, 16)).toBe(6.3); // 6.25
    expect(percentOf(1, 80)).toBe(1.3); // 1.25
    expect(percentOf(97, 106)).toBe(91.5); // 91.509…
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(5, 5)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
  });
});
