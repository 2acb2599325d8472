/** Metric keys of SPEC §3, their Vietnamese labels and default targets (percent). */

export interface MetricKeyDef {
  key: string;
  label: string;
}

export const METRIC_KEYS: readonly MetricKeyDef[] = [
  { key: 'householdParticipation', label: 'Hộ gia đình tham gia sinh hoạt, tuyên truyền' },
  { key: 'commitmentAll', label: 'Hộ ký đủ các cam kết bắt buộc' },
  { key: 'tt124Registration', label: 'Hộ đăng ký khu dân cư an toàn về ANTT (TT 124/2021)' },
  { key: 'idCard', label: 'Người dân có thẻ căn cước' },
  { key: 'eid', label: 'Người dân kích hoạt định danh điện tử' },
  { key: 'eidLevel2', label: 'Người dân có định danh điện tử mức 2' },
  { key: 'patrolPlan', label: 'Tuần tra theo kế hoạch' },
  { key: 'memberActivity', label: 'Thành viên tham gia tuần tra' },
  { key: 'supervisedNoReoffence', label: 'Đối tượng được giúp đỡ không tái phạm' },
  { key: 'camerasWorking', label: 'Camera đang hoạt động' },
  { key: 'mediationSuccess', label: 'Hoà giải thành' },
];

/** Prefix of the per-type commitment metrics: `commitment:<type>`. */
export const COMMITMENT_METRIC_PREFIX = 'commitment:';

export const DEFAULT_TARGETS: Readonly<Record<string, number>> = {
  householdParticipation: 90,
  commitmentAll: 100,
  tt124Registration: 100,
  idCard: 100,
  eid: 100,
  patrolPlan: 80,
  memberActivity: 80,
  supervisedNoReoffence: 100,
};
