// Operating-system images past their vendor's end of support (O-7.1: "un système d'exploitation
// ... mis à jour des correctifs de sécurité publiés par les éditeurs"; O-3.10: no obsolete
// component). One dated table read by the Azure VM and AWS EC2 image rules; an image is obsolete
// from its date on. Dates are the end of the vendor's standard (free) security updates on that
// platform: paid extended offers (Ubuntu Pro, RHEL ELS) are other images and do not match.
// Reviewed 2026-11-29. Sources: ubuntu.com/about/release-cycle, learn.microsoft.com/lifecycle
// (Windows Server, incl. Azure's free Extended Security Updates), centos.org, access.redhat.com/
// support/policy/updates/errata, wiki.debian.org/LTS, aws.amazon.com/amazon-linux-2/faqs, EKS AMI docs.

export const IMAGE_EOL_REVIEWED = "2026-11-29";

export interface ImageEol {
  os: string;
  /** First day without vendor security updates (YYYY-MM-DD). */
  endOfSupport: string;
  source: string;
  /** Azure Marketplace image: publisher, and offer/sku patterns (case-insensitive). */
  azure?: { publisher: string; offer: RegExp; sku?: RegExp };
  /** AWS: AMI names, SSM public parameter paths (`resolve:ssm:`) or EKS AMI types. */
  aws?: RegExp;
}

/** Ubuntu Pro images get security updates (ESM) past the standard end of support. */
const UBUNTU_PRO = /ubuntu-pro|-pro-server|\/pro\//i;

const UBUNTU = "Ubuntu release cycle (ubuntu.com/about/release-cycle)";
const WINDOWS = "Microsoft lifecycle (learn.microsoft.com/lifecycle/products)";

export const IMAGE_EOL: ImageEol[] = [
  { os: "Ubuntu 16.04", endOfSupport: "2021-04-30", source: UBUNTU, azure: { publisher: "Canonical", offer: /^UbuntuServer$/i, sku: /^16\.04/ }, aws: /ubuntu[/-]xenial|ubuntu\/server\/16\.04|ubuntu-16\.04/i },
  { os: "Ubuntu 18.04", endOfSupport: "2023-05-31", source: UBUNTU, azure: { publisher: "Canonical", offer: /^(UbuntuServer|0001-com-ubuntu-server-bionic)$/i, sku: /^18[._]04/ }, aws: /ubuntu[/-]bionic|ubuntu\/server\/18\.04|ubuntu-18\.04/i },
  { os: "Ubuntu 20.04", endOfSupport: "2025-05-31", source: UBUNTU, azure: { publisher: "Canonical", offer: /^0001-com-ubuntu-server-focal$/i }, aws: /ubuntu[/-]focal|ubuntu\/server\/20\.04|ubuntu-20\.04/i },
  { os: "Windows Server 2008 R2", endOfSupport: "2024-01-09", source: `${WINDOWS}; Azure ESU year 4 end`, azure: { publisher: "MicrosoftWindowsServer", offer: /^WindowsServer$/i, sku: /^2008-R2/i } },
  { os: "Windows Server 2008 R2", endOfSupport: "2020-01-14", source: WINDOWS, aws: /Windows_Server-2008/i },
  // Azure gives Windows Server 2012 / 2012 R2 VMs free Extended Security Updates to 2026-10-13.
  { os: "Windows Server 2012 / 2012 R2", endOfSupport: "2026-10-13", source: `${WINDOWS}; Azure free ESU end`, azure: { publisher: "MicrosoftWindowsServer", offer: /^WindowsServer$/i, sku: /^2012-/i } },
  { os: "Windows Server 2012 / 2012 R2", endOfSupport: "2023-10-10", source: WINDOWS, aws: /Windows_Server-2012/i },
  { os: "Windows Server 2016", endOfSupport: "2027-01-12", source: WINDOWS, azure: { publisher: "MicrosoftWindowsServer", offer: /^WindowsServer$/i, sku: /^2016-/i }, aws: /Windows_Server-2016/i },
  { os: "CentOS 7", endOfSupport: "2024-06-30", source: "centos.org (CentOS Linux EOL)", azure: { publisher: "OpenLogic", offer: /^CentOS/i, sku: /^7/ }, aws: /centos[ _-]?7|centos-linux-7/i },
  { os: "CentOS 8", endOfSupport: "2021-12-31", source: "centos.org (CentOS Linux EOL)", azure: { publisher: "OpenLogic", offer: /^CentOS/i, sku: /^8/ }, aws: /centos[ _-]?8|centos-linux-8/i },
  { os: "Red Hat Enterprise Linux 7", endOfSupport: "2024-06-30", source: "Red Hat Enterprise Linux life cycle (end of Maintenance Support)", azure: { publisher: "RedHat", offer: /^RHEL$/i, sku: /^7/ }, aws: /RHEL-7\./i },
  { os: "Debian 10", endOfSupport: "2024-06-30", source: "Debian LTS (wiki.debian.org/LTS)", azure: { publisher: "Debian", offer: /^debian-10$/i }, aws: /debian-10-/i },
  { os: "Debian 11", endOfSupport: "2026-08-31", source: "Debian LTS (wiki.debian.org/LTS)", azure: { publisher: "Debian", offer: /^debian-11$/i }, aws: /debian-11-/i },
  { os: "Amazon Linux AMI (2018.03)", endOfSupport: "2023-12-31", source: "aws.amazon.com/amazon-linux-ami", aws: /amzn-ami-|ami-amazon-linux-latest\/amzn-ami/i },
  { os: "Amazon Linux 2", endOfSupport: "2026-06-30", source: "Amazon Linux 2 FAQs (end of support)", aws: /amzn2-ami|ami-amazon-linux-latest\/amzn2/i },
  { os: "Amazon Linux 2 EKS AMIs", endOfSupport: "2025-11-26", source: "Amazon EKS AL2 AMI deprecation", aws: /^AL2_/ },
];

const day = (d: Date) => d.toISOString().slice(0, 10);

export function obsoleteAzureImage(ref: { publisher?: string; offer?: string; sku?: string }, now: Date): ImageEol | undefined {
  return IMAGE_EOL.find((e) => e.azure
    && (ref.publisher ?? "").toLowerCase() === e.azure.publisher.toLowerCase()
    && e.azure.offer.test(ref.offer ?? "")
    && (!e.azure.sku || e.azure.sku.test(ref.sku ?? ""))
    && e.endOfSupport <= day(now));
}

/** `name` is an AMI name, an SSM parameter path or an EKS AMI type. */
export function obsoleteAwsImage(name: string, now: Date): ImageEol | undefined {
  return IMAGE_EOL.find((e) => e.aws?.test(name) && !(e.os.startsWith("Ubuntu") && UBUNTU_PRO.test(name)) && e.endOfSupport <= day(now));
}
