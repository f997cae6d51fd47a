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

function set_cors(req: any, res: any) {
  if (req.get("origin")) {
    // ruleid: cors-wildcard-credentials
    res.header("Access-Control-Allow-Origin", req.get("origin"));
    res.header("Access-Control-Allow-Credentials", true);
  }
  return res;
}
function public_cors(req: any, res: any) {
  // ok: cors-wildcard-credentials
  res.header("Access-Control-Allow-Origin", req.get("origin"));
  return res;
}
export { set_cors, public_cors };

export const reflectInArrow = (req: any, res: any) => {
  if (req.get("origin") !== undefined) {
    // ruleid: cors-wildcard-credentials
    res.header("Access-Control-Allow-Origin", req.get("origin"));
    res.header("Access-Control-Allow-Credentials", "true");
  }
  res.end();
};
export const reflectWithoutCredentials = (req: any, res: any) => {
  // ok: cors-wildcard-credentials
  res.header("Access-Control-Allow-Origin", req.get("origin"));
  res.end();
};
