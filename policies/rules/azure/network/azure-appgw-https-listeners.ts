import type { ResourceRule, Violation } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, eqi, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { byName, refName } from "./appgw";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-appgw-https-listeners",
  clauses: ["O-8.1"],
  severity: "medium",
  basis: { kind: "clause", text: "l'usage du TLS 1.2 ou plus est impératif" },
  family: "B",
  scope: "core",
  description: {
    fr: "Un écouteur HTTP en clair d'une Application Gateway publique ne fait que rediriger vers HTTPS",
    en: "A plaintext HTTP listener on a public Application Gateway only redirects to HTTPS",
  },
  remediation: {
    fr: "Passer l'écouteur en `protocol: \"Https\"` ou l'associer à une règle dont `redirectConfiguration` cible un écouteur Https (ou une URL https://)",
    en: "Switch the listener to `protocol: \"Https\"` or bind it to a rule whose `redirectConfiguration` targets an Https listener (or an https:// URL)",
  },
  types: ["azure-native:network:ApplicationGateway"],
  check(r) {
    const p = r.props;
    for (const k of ["httpListeners", "requestRoutingRules", "redirectConfigurations", "frontendIPConfigurations"]) {
      if (isUnknown(p[k])) return [unverified(k)];
    }
    const out: Violation[] = [];
    for (const l of bags(p.httpListeners)) {
      if (isUnknown(l.protocol)) { out.push(unverified(`httpListeners[${String(l.name)}].protocol`)); continue; }
      if (!eqi(l.protocol, "Http")) continue;
      // A frontend that cannot be resolved is treated as public (the safe reading).
      const fe = byName(p, "frontendIPConfigurations", refName(l.frontendIPConfiguration));
      if (fe && get(fe, "publicIPAddress") === undefined) continue;
      const rules = bags(p.requestRoutingRules).filter((x) => refName(x.httpListener) === l.name);
      const redirectsToHttps = rules.length > 0 && rules.every((x) => {
        const rc = byName(p, "redirectConfigurations", refName(x.redirectConfiguration));
        if (!rc) return false;
        if (typeof rc.targetUrl === "string") return rc.targetUrl.toLowerCase().startsWith("https://");
        return eqi(byName(p, "httpListeners", refName(rc.targetListener))?.protocol, "Https");
      });
      if (!redirectsToHttps) {
        out.push(violation(
          `écouteur \`${String(l.name)}\` en \`protocol: Http\` sur un frontal public sans redirection vers HTTPS`,
          `listener \`${String(l.name)}\` uses \`protocol: Http\` on a public frontend without a redirect to HTTPS`));
      }
    }
    return out;
  },
};
