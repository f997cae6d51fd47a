import tls from "tls";
import https from "https";

// ruleid: tls-weak-protocol-version
export const server = https.createServer({ minVersion: "TLSv1" });
// ruleid: tls-weak-protocol-version
export const client = tls.connect({ host: "pacs.example.test", port: 443, secureProtocol: "TLSv1_1_method" });
// ruleid: tls-weak-protocol-version
tls.DEFAULT_MIN_VERSION = "TLSv1.1";
// ok: tls-weak-protocol-version
export const modern = https.createServer({ minVersion: "TLSv1.2" });
// ok: tls-weak-protocol-version
export const modern2 = tls.connect({ host: "pacs.example.test", port: 443, secureProtocol: "TLSv1_2_method" });
// ok: tls-weak-protocol-version
tls.DEFAULT_MIN_VERSION = "TLSv1.3";
