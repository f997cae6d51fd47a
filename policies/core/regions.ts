// Region facts of docs/checks.md §5.1 (region ids from the @pulumi/aws 7.48 Region enum and
// the Azure regions list). "EU" means an EU member state; the UK, Switzerland and Norway are not.

export const AWS_FRANCE = ["eu-west-3"];
export const AWS_EU_OTHER = ["eu-west-1", "eu-central-1", "eu-north-1", "eu-south-1", "eu-south-2", "eusc-de-east-1"];
export const AZURE_FRANCE = ["francecentral", "francesouth"];
export const AZURE_EU_OTHER = [
  "westeurope", "northeurope", "germanywestcentral", "germanynorth", "swedencentral", "swedensouth",
  "italynorth", "polandcentral", "spaincentral", "austriaeast", "belgiumcentral",
];

/** Azure geo-redundancy pairs (where GRS copies land). */
export const AZURE_PAIRS: Record<string, string> = {
  francecentral: "francesouth", francesouth: "francecentral",
  westeurope: "northeurope", northeurope: "westeurope",
  germanywestcentral: "germanynorth", germanynorth: "germanywestcentral",
  swedencentral: "swedensouth", swedensouth: "swedencentral",
  uksouth: "ukwest", ukwest: "uksouth",
  switzerlandnorth: "switzerlandwest", switzerlandwest: "switzerlandnorth",
  norwayeast: "norwaywest", norwaywest: "norwayeast",
  eastus: "westus", westus: "eastus", eastus2: "centralus", centralus: "eastus2",
};

/** Azure types whose location is intrinsically "global" (the data stays where its origin is). */
export const AZURE_GLOBAL_TYPES = [
  "azure-native:network:FrontDoor", "azure-native:cdn:Profile", "azure-native:cdn:AFDEndpoint",
  "azure-native:network:Zone", "azure-native:dns:Zone", "azure-native:network:PrivateZone",
  "azure-native:privatedns:PrivateZone", "azure-native:network:FrontDoorWebApplicationFirewallPolicy",
  "azure-native:cdn:Policy", "azure-native:insights:ActionGroup", "azure-native:monitor:ActionGroup",
  "azure-native:network:TrafficManagerProfile", "azure-native:trafficmanager:Profile",
  "azure-native:network:DnsZone", "azure-native:dns:RecordSet", "azure-native:privatedns:VirtualNetworkLink",
  "azure-native:network:PrivateDnsZoneGroup",
];

export function normaliseAzureLocation(loc: string): string {
  return loc.toLowerCase().replace(/\s+/g, "");
}
