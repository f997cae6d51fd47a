import { describe, expect, it } from "vitest";
import { IMAGE_EOL, obsoleteAwsImage, obsoleteAzureImage } from "../../../../policies/rules/common/lib/image-eol";

const at = (d: string) => new Date(`${d}T12:00:00Z`);

describe("image end-of-support table", () => {
  it("dates every entry, names its source and a platform", () => {
    for (const e of IMAGE_EOL) {
      expect(e.endOfSupport, e.os).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.source.length, e.os).toBeGreaterThan(5);
      expect(e.azure ?? e.aws, e.os).toBeDefined();
    }
  });
  it("dates Windows Server 2012 per platform (Azure's free ESU runs to 2026-10-13)", () => {
    const ws2012 = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-R2-Datacenter" };
    expect(obsoleteAzureImage(ws2012, at("2026-10-12"))).toBeUndefined();
    expect(obsoleteAzureImage(ws2012, at("2026-10-13"))?.os).toContain("2012");
    expect(obsoleteAwsImage("Windows_Server-2012-R2_RTM-English-64Bit-Base-2023.01.11", at("2024-01-01"))?.endOfSupport).toBe("2023-10-10");
  });
  it("keeps maintained and extended-support images out", () => {
    expect(obsoleteAzureImage({ publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server" }, at("2026-11-29"))).toBeUndefined();
    expect(obsoleteAzureImage({ publisher: "Canonical", offer: "0001-com-ubuntu-pro-bionic", sku: "pro-18_04-lts" }, at("2026-11-29"))).toBeUndefined();
    expect(obsoleteAwsImage("resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", at("2026-11-29"))).toBeUndefined();
    expect(obsoleteAwsImage("ubuntu-pro-server/images/hvm-ssd/ubuntu-bionic-18.04-amd64-pro-server-20240101", at("2026-11-29"))).toBeUndefined();
    expect(obsoleteAzureImage({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2016-Datacenter" }, at("2026-11-29"))).toBeUndefined();
    expect(obsoleteAzureImage({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2016-Datacenter" }, at("2027-01-12"))?.os).toBe("Windows Server 2016");
  });
});
