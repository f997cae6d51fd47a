import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, isBag, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { IMAGE_EOL_REVIEWED, obsoleteAzureImage } from "../../common/lib/image-eol";

const VMSS = "azure-native:compute:VirtualMachineScaleSet";

export const rule: ResourceRule = {
  kind: "resource",
  name: "azure-vm-no-eol-image",
  clauses: ["O-7.1", "O-3.10"],
  severity: "high",
  family: "K",
  scope: "core",
  basis: { kind: "clause", text: "un système d'exploitation ainsi que tous les composants mis à jour des correctifs de sécurité publiés par les éditeurs" },
  description: {
    fr: `Les machines virtuelles ne démarrent pas d'une image de système d'exploitation hors support de l'éditeur (table datée du ${IMAGE_EOL_REVIEWED})`,
    en: `Virtual machines do not boot an operating-system image out of vendor support (dated table of ${IMAGE_EOL_REVIEWED})`,
  },
  remediation: {
    fr: "Choisir une image maintenue (Ubuntu 24.04, Windows Server 2022/2025, RHEL 9…) ou l'offre payante de support étendu (Ubuntu Pro…) ; table : policies/rules/common/lib/image-eol.ts",
    en: "Pick a maintained image (Ubuntu 24.04, Windows Server 2022/2025, RHEL 9…) or the vendor's paid extended-support offer (Ubuntu Pro…); table: policies/rules/common/lib/image-eol.ts",
  },
  types: ["azure-native:compute:VirtualMachine", VMSS],
  check(r, ctx) {
    const path = r.type === VMSS ? "virtualMachineProfile.storageProfile.imageReference" : "storageProfile.imageReference";
    const ref = get(r.props, path);
    if (isUnknown(ref)) return [unverified(path)];
    // Absent, or a gallery / custom image id: not a Marketplace image this table can date.
    if (!isBag(ref)) return [];
    const fields = { publisher: ref.publisher, offer: ref.offer, sku: ref.sku };
    const unknown = Object.entries(fields).filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length) return [unverified(unknown.map((k) => `${path}.${k}`))];
    const hit = obsoleteAzureImage({ publisher: str(ref.publisher), offer: str(ref.offer), sku: str(ref.sku) }, ctx.now);
    if (!hit) return [];
    const shown = [ref.publisher, ref.offer, ref.sku].map((x) => str(x) ?? "?").join(":");
    return [violation(`\`${path}\` = ${shown} : ${hit.os}, hors support depuis le ${hit.endOfSupport} (${hit.source})`, `\`${path}\` = ${shown}: ${hit.os}, out of support since ${hit.endOfSupport} (${hit.source})`)];
  },
};
