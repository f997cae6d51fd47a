import express from "express";
import cors from "cors";
const app = express();

// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));
// ruleid: cors-wildcard-credentials
app.use(cors({ credentials: true, origin: true }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: (o: any, cb: any) => cb(null, true), credentials: true }));
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://app.example.org"], credentials: true }));
// ok: cors-wildcard-credentials
app.use("/public", cors({ origin: "*" }));
