// The policy pack's entry: starts the CrossGuard analyzer (one pack per process).
import { PolicyPack } from "@pulumi/policy";
import { buildPolicies, PACK_NAME } from "./pack";

new PolicyPack(PACK_NAME, {
  description: "Clausier conformité numérique (Club RSSI Santé, 2025) : §8 et §12.3 à §12.6 / French hospitals' security contract",
  policies: buildPolicies(),
});
