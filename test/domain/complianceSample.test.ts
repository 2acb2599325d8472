/**
 * The sample village Pác Khuông through the real row codec, over 23/06/2021 – 15/06/2023:
 * the figures of the district notice (seed/thong-bao-pac-khuong-2023.txt).
 */
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import { defaultLists } from '../../src/domain/lists';
import type { Metric } from '../../src/domain/report';
import { workbookFromValues } from '../../src/domain/workbook';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../support/sampleValues';

const clock = intlClock('Asia/Ho_Chi_Minh');
const data = workbookFromValues(sampleSheetValues(clock), clock);
const report = computeCompliance(data, SAMPLE_PERIOD);
const metricsByKey = Object.fromEntries(report.metrics.map((x) => [x.key, x])) as Record<string, Metric>;
const nd = (x: Metric) => [x.numerator, x.denominator, x.percent];

describe('Pác Khuông, 23/06/2021 – 15/06/2023', () => {
  it('reads every row (its Danh mục: the default lists and the village’s own entries)', () => {
    expect(report.issues).toEqual([]);
    expect(data.patrols).toHaveLength(46);
    expect(data.settings.muc_tieu_tuan_tra_thang).toBe(2);
  });

  it('has the notice counts', () => {
    const c = report.counts;
    expect([c.households, c.residents, c.teams, c.members, c.boardMembers]).toEqual([106, 415, 6, 117, 7]);
    expect([c.patrols, c.patrolParticipations]).toEqual([43, 209]);
    expect(c.remindersByCategory).toEqual({
      'Kinh doanh quá giờ quy định': 43,
      'Lấn chiếm lòng đường, vỉa hè': 7,
      'Xả rác không đúng nơi quy định': 5,
    });
    expect(c.reminders).toBe(55);
    expect([c.schoolSessions, c.schoolAttendees]).toEqual([5, 1700]);
    expect(c.supervisedByType).toEqual({ 'Tù tha': 2, 'Án treo': 2 });
    expect([c.supervised, c.supervisedReoffended]).toEqual([4, 0]);
    expect([c.cameras, c.camerasWorking]).toEqual([5, 5]);
    expect(c.eventsSupported).toBe(2); // Lễ hội Háng Pò, 2022 and 2023
    expect(c.tips).toBe(3);
    expect([c.mediations, c.mediationsSuccessful]).toEqual([6, 5]);
    expect(c.sessions).toBe(19);
  });

  it('has the notice percentages', () => {
    expect(nd(metricsByKey.commitmentAll)).toEqual([106, 106, 100]);
    for (const type of defaultLists().values['Loại cam kết'])
      expect(nd(metricsByKey[`commitment:${type}`])).toEqual([106, 106, 100]);
    expect(nd(metricsByKey.tt124Registration)).toEqual([106, 106, 100]);
    expect(nd(metricsByKey.householdParticipation)).toEqual([97, 106, 91.5]);
    expect(metricsByKey.householdParticipation.percent).toBeGreaterThan(90);
    expect(nd(metricsByKey.idCard)).toEqual([365, 365, 100]);
    expect(nd(metricsByKey.eid)).toEqual([365, 365, 100]);
    expect(nd(metricsByKey.eidLevel2)).toEqual([263, 365, 72.1]);
    expect(nd(metricsByKey.patrolPlan)).toEqual([43, 50, 86]);
    expect(nd(metricsByKey.memberActivity)).toEqual([98, 117, 83.8]);
    expect(nd(metricsByKey.supervisedNoReoffence)).toEqual([4, 4, 100]);
    expect(nd(metricsByKey.camerasWorking)).toEqual([5, 5, 100]);
    expect(nd(metricsByKey.mediationSuccess)).toEqual([5, 6, 83.3]);
    for (const x of report.metrics) if (x.target !== null) expect([x.key, x.met]).toEqual([x.key, true]);
  });
});
