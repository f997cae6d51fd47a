import https from "https";

// ruleid: tls-reject-unauthorized-disabled
export const agent = new https.Agent({ rejectUnauthorized: false });
// ruleid: tls-reject-unauthorized-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ruleid: tls-reject-unauthorized-disabled
https.get({ host: "api.example.test", checkServerIdentity: () => undefined });
// ok: tls-reject-unauthorized-disabled
export const strict = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA_BUNDLE });
// ok: tls-reject-unauthorized-disabled
export const viaEnv = new https.Agent({ ca: process.env.CA_BUNDLE });
// ok: tls-reject-unauthorized-disabled
export const current = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
