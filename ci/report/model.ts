// Short-lived: the result model moved to ci/result/model.ts; removed at the next integration.
export * from "../result/model";
export type { Result as GateReport } from "../result/model";
